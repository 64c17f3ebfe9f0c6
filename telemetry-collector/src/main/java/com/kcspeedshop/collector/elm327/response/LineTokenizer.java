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
 *
 * <p>Lines are a hot path (every response of every poll), so ASCII lines, which is what adapters print, are scanned by
 * hand without regexes or copies beyond the line itself. A line holding a NUL or a non-ASCII character (line noise)
 * takes the regex path instead: there {@link String#toUpperCase(Locale)} may change a line's length or turn a
 * non-ASCII letter into an ASCII one, which the hand scan does not model.
 */
final class LineTokenizer {

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
        // CR, LF or both end a line (AT L1 adds LF after CR); runs of them give empty lines, which are skipped
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\r' || raw.charAt(i) == '\n') {
                if (i > start) {
                    piece(raw, start, i, echo, lines, dropped);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static void piece(String raw, int start, int end, String echo, List<Line> lines,
                              List<DroppedFrame> dropped) {
        if (!isPlainAscii(raw, start, end)) {
            // some adapters send a NUL after a reset; it is removed wherever it is
            noisyPiece(raw.substring(start, end).replace("\0", ""), echo, lines, dropped);
            return;
        }
        while (start < end && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        start = afterNoisePrefixes(raw, start, end);
        if (start == end) {
            return;
        }
        String text = raw.substring(start, end);
        // AT E1 echo: the request repeated before any data; a junk line before it does not hide it
        boolean isEcho = lines.isEmpty() && !echo.isEmpty() && squeeze(text).equals(echo);
        if (!isEcho && !text.regionMatches(true, 0, "FC:", 0, 3)) {
            classifyAscii(text, lines, dropped);
        }
    }

    private static boolean isPlainAscii(String raw, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\0' || c >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // "SEARCHING..." and "BUS INIT: ...OK", any number, in any order, ignoring case, each with the spaces after it
    private static int afterNoisePrefixes(String raw, int start, int end) {
        while (true) {
            int next = afterSearching(raw, start, end);
            if (next < 0) {
                next = afterBusInitOk(raw, start, end);
            }
            if (next < 0) {
                return start;
            }
            start = next;
        }
    }

    // SEARCHING\.*\s*
    private static int afterSearching(String raw, int start, int end) {
        String word = "SEARCHING";
        if (end - start < word.length() || !raw.regionMatches(true, start, word, 0, word.length())) {
            return -1;
        }
        return skipSpaces(raw, skip(raw, start + word.length(), end, '.'), end);
    }

    // BUS\s*INIT\s*:?\s*\.*\s*OK\s*
    private static int afterBusInitOk(String raw, int start, int end) {
        int at = expect(raw, start, end, "BUS");
        at = at < 0 ? -1 : expect(raw, skipSpaces(raw, at, end), end, "INIT");
        if (at < 0) {
            return -1;
        }
        at = skipSpaces(raw, at, end);
        if (at < end && raw.charAt(at) == ':') {
            at++;
        }
        at = skipSpaces(raw, skip(raw, skipSpaces(raw, at, end), end, '.'), end);
        at = expect(raw, at, end, "OK");
        return at < 0 ? -1 : skipSpaces(raw, at, end);
    }

    /** The index after {@code word} (ignoring case) at {@code at}, or -1. */
    private static int expect(String raw, int at, int end, String word) {
        return end - at >= word.length() && raw.regionMatches(true, at, word, 0, word.length()) ? at + word.length()
                : -1;
    }

    private static int skip(String raw, int at, int end, char c) {
        while (at < end && raw.charAt(at) == c) {
            at++;
        }
        return at;
    }

    private static int skipSpaces(String raw, int at, int end) {
        while (at < end && ElmError.isRegexSpace(raw.charAt(at))) {
            at++;
        }
        return at;
    }

    private static void classifyAscii(String text, List<Line> lines, List<DroppedFrame> dropped) {
        ElmError error = ElmError.classify(text);
        if (error != null) {
            lines.add(new Line.Error(text, error));
            return;
        }
        // hex data: [0-9A-Fa-f \t]+
        if (isHexRun(text, 0)) {
            lines.add(new Line.Hex(text, hexDigits(text, 0)));
            return;
        }
        // CAF1 multi-frame segment: "0: 49 02 01 31 44 34", that is [0-9A-F]\s*:\s*[0-9A-F \t]*
        int index = Character.digit(text.charAt(0), 16);
        int colon = skipSpaces(text, 1, text.length());
        if (index >= 0 && colon < text.length() && text.charAt(colon) == ':') {
            int data = skipSpaces(text, colon + 1, text.length());
            if (isHexRun(text, data)) {
                lines.add(new Line.Indexed(text, index, hexDigits(text, data)));
                return;
            }
        }
        dropped.add(new DroppedFrame(printable(text), DropReason.NOT_HEX, "neither hex data nor an adapter message"));
    }

    /** Whether {@code text} from {@code from} on holds only ASCII hex digits, spaces and tabs. */
    private static boolean isHexRun(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** The hex digits of {@code text} from {@code from} on, upper case, spaces and tabs left out. */
    private static String hexDigits(String text, int from) {
        char[] digits = new char[text.length() - from];
        int count = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHexDigit(c)) {
                digits[count++] = c >= 'a' ? (char) (c - ('a' - 'A')) : c;
            }
        }
        return new String(digits, 0, count);
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    // The regex path, for lines with NULs or non-ASCII characters: rare, and kept as it was so junk parses as before.
    private static void noisyPiece(String piece, String echo, List<Line> lines, List<DroppedFrame> dropped) {
        String text = stripNoisePrefixes(piece.strip());
        if (text.isEmpty()) {
            return;
        }
        boolean isEcho = lines.isEmpty() && !echo.isEmpty() && squeeze(text).equals(echo);
        if (!isEcho && !text.toUpperCase(Locale.ROOT).startsWith("FC:")) {
            classifyNoisy(text, lines, dropped);
        }
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

    private static void classifyNoisy(String text, List<Line> lines, List<DroppedFrame> dropped) {
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
        return text == null ? "" : ElmError.squeeze(text);
    }

    /** The line with control characters shown as {@code \xNN}, so junk does not corrupt the log. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                out.append("\\x").append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0x0F, 16)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
