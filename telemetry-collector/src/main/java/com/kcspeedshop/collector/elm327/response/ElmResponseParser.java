package com.kcspeedshop.collector.elm327.response;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the text an ELM327-family adapter printed for one request into an {@link ElmResponse}.
 *
 * <p>Never throws: malformed input becomes {@link ElmResponse.Garbage}, an {@link ElmResponse.AdapterError}, or a
 * {@link DroppedFrame} listed in the result and counted in {@link #stats()}. One instance may be shared by threads.
 */
public final class ElmResponseParser {

    /** Prefix of the Garbage reason used if the parser itself failed; a bug, never expected. */
    public static final String INTERNAL_FAULT = "internal parser fault: ";

    private final ParseStats stats = new ParseStats();

    /**
     * Parses one response.
     *
     * @param request the request as sent (for example {@code "010C"}), used to strip its echo; may be null
     * @param raw     everything the adapter printed before its {@code >} prompt, without the prompt; may be null
     * @param format  how the adapter was set up; null means {@link ResponseFormat#AUTO_DETECT}
     * @return exactly one outcome, never null
     */
    public ElmResponse parse(String request, String raw, ResponseFormat format) {
        ElmResponse response;
        try {
            response = parseText(request, raw == null ? "" : raw, format == null ? ResponseFormat.AUTO_DETECT : format);
        } catch (RuntimeException e) {
            // a safety net so one odd response cannot stop the collector; the fuzz test asserts it never fires
            response = new ElmResponse.Garbage(INTERNAL_FAULT + e, raw, List.of());
        }
        stats.record(response);
        return response;
    }

    /** Counters over every response this parser has read. */
    public ParseStats stats() {
        return stats;
    }

    private static ElmResponse parseText(String request, String raw, ResponseFormat format) {
        List<DroppedFrame> dropped = new ArrayList<>();
        List<Line> lines = LineTokenizer.tokenize(request, raw, dropped);
        Line.Error firstError = null;
        List<Line> data = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof Line.Error error) {
                firstError = firstError == null ? error : firstError;
            } else {
                data.add(line);
            }
        }
        List<EcuMessage> messages = frame(LayoutDetector.detect(format, data), format.family(), data, dropped);
        if (firstError != null) {
            return new ElmResponse.AdapterError(firstError.error(), firstError.text(), messages, dropped);
        }
        if (!messages.isEmpty()) {
            return new ElmResponse.Messages(messages, dropped);
        }
        String reason = dropped.isEmpty() ? "no data lines" : "no complete message: " + dropped.get(0).reason();
        return new ElmResponse.Garbage(reason, raw, dropped);
    }

    private static List<EcuMessage> frame(Layout layout, ProtocolFamily family, List<Line> lines,
                                          List<DroppedFrame> dropped) {
        if (layout == Layout.CAN_FORMATTED) {
            return FormattedCanFramer.frame(lines, dropped);
        }
        List<Line.Hex> hex = hexOnly(lines, dropped);
        return switch (layout) {
            case CAN_11BIT_HEADERS -> CanFramer.frame(hex, 3, dropped);
            case CAN_29BIT_HEADERS -> CanFramer.frame(hex, 8, dropped);
            case CAN_RAW -> CanFramer.frame(hex, 0, dropped);
            case LEGACY_HEADERS -> LegacyFramer.withHeaders(hex, family, dropped);
            case LEGACY_PLAIN -> LegacyFramer.plain(hex, true, dropped);
            default -> LegacyFramer.plain(hex, false, dropped);
        };
    }

    // numbered segments only make sense in the CAF1 layout; elsewhere they are dropped
    private static List<Line.Hex> hexOnly(List<Line> lines, List<DroppedFrame> dropped) {
        List<Line.Hex> hex = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof Line.Hex h) {
                hex.add(h);
            } else {
                dropped.add(new DroppedFrame(line.text(), DropReason.ORPHAN_FRAME,
                        "numbered segment in a layout without auto formatting"));
            }
        }
        return hex;
    }
}
