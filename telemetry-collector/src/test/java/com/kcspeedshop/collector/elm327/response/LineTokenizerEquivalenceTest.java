package com.kcspeedshop.collector.elm327.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of {@link LineTokenizer} and {@link ElmError#classify} must split and classify every input
 * exactly as the regex implementation they replaced (kept below as the reference) did, junk included.
 */
class LineTokenizerEquivalenceTest {

    private static final long SEED = 20_261_125L;
    private static final int CASES = 20_000;
    private static final String[] PIECES = {"SEARCHING", "...", "BUS", "INIT", ":", "OK", "ERROR", "NO DATA", "NODATA",
        "no data", "<DATA ERROR", "<RX ERROR", "ERR94", "err9a", "!", "?", "FC:", "fc: ", "0:", "1 : ", "7E8", "41 0C",
        "1a f8", "STOPPED", "BUFFER FULL", "!ACT ALERT", "LV RESET", "010C", "01 0c", " ", "\t", "\r", "\n", "\0",
        "\u000B", "\f", "\u001F", "\u00A0", "\u2000", "\u0131", "\u017F", "\u00DF", "\u00FF", "g", "Z"};

    private final Random random = new Random(SEED);

    @Test
    void shouldTokenizeLikeTheRegexImplementation() {
        for (int i = 0; i < CASES; i++) {
            String raw = i % 2 == 0 ? fromPieces() : randomChars();
            String request = i % 5 == 0 ? fromPieces() : "010C";
            List<DroppedFrame> expectedDrops = new ArrayList<>();
            List<Line> expected = Reference.tokenize(request, raw, expectedDrops);
            List<DroppedFrame> actualDrops = new ArrayList<>();
            List<Line> actual = LineTokenizer.tokenize(request, raw, actualDrops);
            assertThat(actual).as("lines of %s", LineTokenizer.printable(raw)).isEqualTo(expected);
            assertThat(actualDrops).as("drops of %s", LineTokenizer.printable(raw)).isEqualTo(expectedDrops);
        }
    }

    @Test
    void shouldClassifyLikeTheRegexImplementation() {
        for (int i = 0; i < CASES; i++) {
            String line = i % 2 == 0 ? fromPieces() : randomChars();
            assertThat(ElmError.classify(line)).as(LineTokenizer.printable(line)).isEqualTo(Reference.classify(line));
        }
    }

    private String fromPieces() {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(12);
        for (int p = 0; p < count; p++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private String randomChars() {
        char[] chars = new char[random.nextInt(40)];
        for (int c = 0; c < chars.length; c++) {
            chars[c] = (char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : random.nextInt(128));
        }
        return new String(chars);
    }

    /** The implementation before the hand-written scans, verbatim but for names. */
    private static final class Reference {

        private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]+");
        private static final Pattern HEX_LINE = Pattern.compile("[0-9A-F \\t]+");
        private static final Pattern INDEXED = Pattern.compile("([0-9A-F])\\s*:\\s*([0-9A-F \\t]*)");
        private static final Pattern SEARCHING = Pattern.compile("^SEARCHING\\.*\\s*");
        private static final Pattern BUS_INIT_OK = Pattern.compile("^BUS\\s*INIT\\s*:?\\s*\\.*\\s*OK\\s*");
        private static final Pattern INTERNAL = Pattern.compile("ERR[0-9A-F]{2}");
        private static final Pattern BUS_INIT_PREFIX = Pattern.compile("^BUSINIT:?\\.*");

        static List<Line> tokenize(String request, String raw, List<DroppedFrame> dropped) {
            String echo = squeeze(request);
            List<Line> lines = new ArrayList<>();
            for (String piece : LINE_BREAK.split(raw.replace("\0", ""))) {
                String text = stripNoisePrefixes(piece.strip());
                if (text.isEmpty()) {
                    continue;
                }
                boolean isEcho = lines.isEmpty() && !echo.isEmpty() && squeeze(text).equals(echo);
                if (!isEcho && !text.toUpperCase(Locale.ROOT).startsWith("FC:")) {
                    classifyLine(text, lines, dropped);
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

        private static void classifyLine(String text, List<Line> lines, List<DroppedFrame> dropped) {
            ElmError error = classify(text);
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
            dropped.add(new DroppedFrame(LineTokenizer.printable(text), DropReason.NOT_HEX,
                    "neither hex data nor an adapter message"));
        }

        static String squeeze(String text) {
            return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        }

        static ElmError classify(String line) {
            String squeezed = line.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (squeezed.isEmpty()) {
                return null;
            }
            if (squeezed.endsWith("<DATAERROR")) {
                return ElmError.LINE_DATA_ERROR;
            }
            if (squeezed.endsWith("<RXERROR")) {
                return ElmError.RX_ERROR;
            }
            if (squeezed.startsWith("BUSINIT")) {
                String outcome = BUS_INIT_PREFIX.matcher(squeezed).replaceFirst("");
                return outcome.equals("ERROR") ? ElmError.BUS_INIT_ERROR : classifyPlain(outcome);
            }
            return classifyPlain(squeezed.startsWith("!") ? squeezed.substring(1) : squeezed);
        }

        private static ElmError classifyPlain(String squeezed) {
            if (INTERNAL.matcher(squeezed).matches()) {
                return ElmError.INTERNAL_ERROR;
            }
            for (ElmError error : ElmError.values()) {
                if (error != ElmError.INTERNAL_ERROR && error.wireText().replace(" ", "").equals(squeezed)) {
                    return error;
                }
            }
            return null;
        }
    }
}
