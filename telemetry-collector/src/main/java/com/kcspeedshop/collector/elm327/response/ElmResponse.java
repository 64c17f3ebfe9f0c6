package com.kcspeedshop.collector.elm327.response;

import java.util.List;
import java.util.Objects;

/**
 * What one request's worth of adapter output meant, at the framing level. Exactly one of:
 * <ul>
 *   <li>{@link Messages}: one or more complete OBD messages;</li>
 *   <li>{@link AdapterError}: the adapter printed one of its error or alert lines ({@link ElmError});</li>
 *   <li>{@link Garbage}: nothing usable could be read.</li>
 * </ul>
 * Every outcome lists the lines or frames that were dropped on the way, with reasons, so the caller can log them.
 */
public sealed interface ElmResponse {

    /** Lines or frames of this response that were dropped; empty for a clean response. */
    List<DroppedFrame> dropped();

    /** The messages recovered; empty for {@link Garbage}, possibly partial for {@link AdapterError}. */
    List<EcuMessage> messages();

    /**
     * Complete messages, one per ECU message, in the order they completed on the wire.
     *
     * @param messages never empty
     * @param dropped  lines that were dropped beside them (garbage lines, broken frames)
     */
    record Messages(List<EcuMessage> messages, List<DroppedFrame> dropped) implements ElmResponse {
        public Messages {
            messages = List.copyOf(messages);
            dropped = List.copyOf(dropped);
            if (messages.isEmpty()) {
                throw new IllegalArgumentException("Messages needs at least one message; use Garbage");
            }
        }
    }

    /**
     * The adapter reported an error or alert. When it printed data before the error (a {@code BUFFER FULL} mid-way,
     * a {@code <DATA ERROR} on one ECU's line), the messages that could be read are kept in {@code messages}.
     *
     * @param error    the first error line's meaning
     * @param line     that line as printed
     * @param messages messages read from the other lines, possibly empty
     * @param dropped  lines that were dropped
     */
    record AdapterError(ElmError error, String line, List<EcuMessage> messages, List<DroppedFrame> dropped)
            implements ElmResponse {
        public AdapterError {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(line, "line");
            messages = List.copyOf(messages);
            dropped = List.copyOf(dropped);
        }
    }

    /**
     * Nothing usable: empty output, only junk, or only broken frames.
     *
     * @param reason  why, in a few words
     * @param raw     the adapter output as received, for the log
     * @param dropped every line that was dropped
     */
    record Garbage(String reason, String raw, List<DroppedFrame> dropped) implements ElmResponse {
        public Garbage {
            Objects.requireNonNull(reason, "reason");
            raw = raw == null ? "" : raw;
            dropped = List.copyOf(dropped);
        }

        @Override
        public List<EcuMessage> messages() {
            return List.of();
        }
    }
}
