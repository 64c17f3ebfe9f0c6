package com.kcspeedshop.local;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the build puts flink-jobs' job jar: {@code flink-job/flink-jobs-job.jar} beside the launcher jar. */
final class JobJar {

    static final String RELATIVE = "flink-job/flink-jobs-job.jar";

    private JobJar() {
    }

    /** For {@code local-stack/target/kcspeedshop.jar} (or its classes folder), {@code local-stack/target/flink-job/...}. */
    static Path besideLauncher() {
        try {
            Path codeSource = Path.of(JobJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent().resolve(RELATIVE);
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of(RELATIVE);
        }
    }
}
