package com.kcspeedshop.training.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Artifact folders: {@code <root>/<id>/} with the model binary and {@code provenance.json}. The id names task, subset,
 * model kind and UTC training time ({@code rul-FD001-tree-20261125T231900Z}), so ids sort by time and say what they are.
 */
public final class Artifacts {

    /** Where artifacts go when no {@code --out} is given, relative to the working directory. */
    public static final Path DEFAULT_ROOT = Path.of("models");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Artifacts() {
    }

    public static String newId(String task, String subset, String kind, Instant when) {
        return task + "-" + subset + "-" + kind + "-" + STAMP.format(when);
    }

    /**
     * A folder given by path, or an id looked up under {@code root}.
     *
     * @throws IOException naming both places looked in when neither is an artifact
     */
    public static Path resolve(String pathOrId, Path root) throws IOException {
        Path direct = Path.of(pathOrId);
        if (Files.isDirectory(direct)) {
            return direct;
        }
        Path underRoot = root.resolve(pathOrId);
        if (Files.isDirectory(underRoot)) {
            return underRoot;
        }
        throw new IOException("no model artifact '" + pathOrId + "': neither " + direct.toAbsolutePath() + " nor "
                + underRoot.toAbsolutePath() + " is a folder");
    }
}
