package com.kcspeedshop.collector.elm327.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits raw adapter output into {@link Line}s. Removes what carries no data: the echoed request ({@code AT E1}),
 * {@code SEARCHING...}, {@code BUS INIT: ...OK}, {@code FC:} flow-control lines and blank lines. Anything else that is
 * neither hex, a numbered segment nor an {@link ElmError} is reported as {@link DropReason#NOT_HEX}.
 */
final class LineTokenizer {

    // CR, LF or both end a line (AT L1 adds LF after CR); some adapters send a NUL after a reset
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]+");
    private static final Pattern HEX_LINE = Pattern.compile("[0-9A-F \\t]+");
    // CAF1 multi-frame segment: "0: 49 02 01 31 44 34"
    private static final Pattern INDEXED = Pattern.compile("([0-9A-F])\\s*:\\s*([0-9A-F \\t]*)");
    private static final Pattern SEARCHING = Pattern.compile("^SEARCHING\\.*\\s*");
    private static final Pattern BUS_INIT_OK = Pattern.compile("^BUS\\s*INIT\\s*:?\\s*\\.*\\s*OK\\s*");

    private LineTokenizer() {
    }

    /** The lines of {@code raw}, with dropped ones appended to {@code dropped}. */
    static List<Line> tokenize(String request, String raw, List<DroppedFrame> dropped) {
        String echo = squeeze(request);
        List<Line> lines = new ArrayList<>();
        for (String piece : LINE_BREAK.split(raw.replace("\0", ""))) {
            String text = stripNoisePrefixes(piece.strip());
            if (text.isEmpty()) {
                continue;
            }
            // AT E1 echo: the request repeated before any data; a junk line before it does not hide it
            boolean isEcho = lines.isEmpty() && !echo.isEmpty() && squeeze(text).equals(echo);
            if (!isEcho && !text.toUpperCase(Locale.ROOT).startsWith("FC:")) {
                classify(text, lines, dropped);
            }
        }
        return lines;
    }

    private static String stripNoisePrefixes(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        Matcher searching = SEARCHING.matcher(upper);
        if (searching.find()) {
            return stripNoisePrefixes(text.substring(searching.end()));
        }
        Matcher busInit = BUS_INIT_OK.matcher(upper);
        if (busInit.find()) {
            return stripNoisePrefixes(text.substring(busInit.end()));
        }
        return text;
    }

    private static void classify(String text, List<Line> lines, List<DroppedFrame> dropped) {
        ElmError error = ElmError.classify(text);
        if (error != null) {
            lines.add(new Line.Error(text, error));
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (HEX_LINE.matcher(upper).matches()) {
            lines.add(new Line.Hex(text, squeeze(upper)));
            return;
        }
        Matcher indexed = INDEXED.matcher(upper);
        if (indexed.matches()) {
            lines.add(new Line.Indexed(text, Character.digit(indexed.group(1).charAt(0), 16),
                    squeeze(indexed.group(2))));
            return;
        }
        dropped.add(new DroppedFrame(printable(text), DropReason.NOT_HEX, "neither hex data nor an adapter message"));
    }

    /** Upper case without whitespace, for comparing an echo that may have been typed with spaces. */
    static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The line with control characters shown as {@code \xNN}, so junk does not corrupt the log. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\x%02X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
