package com.kcspeedshop.collector.elm327.response;

import java.util.Objects;

/**
 * One line or frame of adapter output the parser could not use. The caller logs these; {@link ParseStats} counts them.
 *
 * @param line   the line as the adapter printed it (trimmed); for a dropped multi-frame message, its first line
 * @param reason why it was dropped
 * @param detail a short human-readable explanation (expected vs. found)
 */
public record DroppedFrame(String line, DropReason reason, String detail) {

    public DroppedFrame {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
