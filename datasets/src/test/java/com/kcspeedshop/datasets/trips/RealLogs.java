package com.kcspeedshop.datasets.trips;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real trip logs of ../shared/datasets (see its README for provenance); tests skip when they are absent. */
final class RealLogs {

    static final Path ROOT = Path.of("../../shared/datasets/obd-real");

    private RealLogs() {
    }

    static Path kit(String file) {
        return present(ROOT.resolve("kit-seat-leon").resolve(file));
    }

    static Path carObd(String file) {
        return present(ROOT.resolve("carobd-toyota-etios").resolve(file));
    }

    private static Path present(Path file) {
        assumeTrue(Files.isReadable(file), "real dataset not present: " + file.toAbsolutePath());
        return file;
    }
}
