package com.kcspeedshop.datasets;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A training or test file that cannot be used as it stands. Unlike a trip log, where one bad row can be skipped, a
 * benchmark file with a bad row would silently change the published figures, so the readers stop at the first one and
 * say where it is.
 */
public final class MalformedDataException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;

    /**
     * @param source the file (or stream name) that was read
     * @param line   1-based line number of the bad line
     * @param reason what is wrong with it
     */
    public MalformedDataException(String source, long line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public static MalformedDataException at(Path file, long line, String reason) {
        return new MalformedDataException(String.valueOf(file), line, reason);
    }

    public String source() {
        return source;
    }

    /** 1-based line number of the bad line. */
    public long line() {
        return line;
    }
}
