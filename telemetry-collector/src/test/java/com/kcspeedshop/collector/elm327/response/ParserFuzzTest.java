package com.kcspeedshop.collector.elm327.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property checks over thousands of generated inputs with a fixed seed (so a failure reproduces): the parser never
 * throws, always returns an outcome, never hits its internal-fault safety net, and a good response with one garbage
 * line inserted still yields exactly its messages, with the garbage line counted.
 */
class ParserFuzzTest {

    private static final long SEED = 20_261_125L;
    private static final int CASES = 3_000;
    private static final String HEXISH = "0123456789ABCDEFabcdef :\r\n<>.?!";
    private static final String NON_HEX = "GHIJKLMNPQRSTUVWXYZ#@~%&*_=+gqz";

    private record Good(String request, String raw, ResponseFormat format) {
    }

    private static final List<Good> GOOD = List.of(
            new Good("0100", Captures.DSH39_0100, ResponseFormat.AUTO_DETECT),
            new Good("0105", Captures.DSH39_0105, ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT)),
            new Good("0902", "0902\r" + Captures.DSJ42_CAN_VIN, ResponseFormat.AUTO_DETECT),
            new Good("0904", Captures.DS329_CALID_7E8 + Captures.DS329_CALID_7E9, ResponseFormat.AUTO_DETECT),
            new Good("0100", Captures.BUILT_29BIT_0100, ResponseFormat.withHeaders(ProtocolFamily.CAN_29BIT)),
            new Good("0100", Captures.BUILT_CAF0_0100, ResponseFormat.rawCan(ProtocolFamily.CAN_11BIT)),
            new Good("0902", Captures.DSJ42_J1850_VIN, ResponseFormat.defaults(ProtocolFamily.SAE_J1850_VPW)),
            new Good("0902", Captures.BUILT_ISO9141_VIN, ResponseFormat.withHeaders(ProtocolFamily.ISO_9141_2)),
            new Good("010C", "SEARCHING...\r" + Captures.BUILT_KWP_010C, ResponseFormat.AUTO_DETECT),
            new Good("0100", "41 00 BE 3F B8 13\r41 00 80 00 00 01\r", ResponseFormat.defaults(ProtocolFamily.CAN_11BIT)));

    private static final List<ResponseFormat> FORMATS = List.of(ResponseFormat.AUTO_DETECT,
            ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT), ResponseFormat.withHeaders(ProtocolFamily.CAN_29BIT),
            ResponseFormat.defaults(ProtocolFamily.CAN_11BIT), ResponseFormat.rawCan(ProtocolFamily.CAN_29BIT),
            ResponseFormat.withHeaders(ProtocolFamily.ISO_14230_4), ResponseFormat.defaults(ProtocolFamily.ISO_9141_2),
            ResponseFormat.withHeaders(ProtocolFamily.SAE_J1850_PWM));

    private final Random random = new Random(SEED);
    private final ElmResponseParser parser = new ElmResponseParser();

    @Test
    void shouldNeverThrowOnRandomCharacters() {
        for (int i = 0; i < CASES; i++) {
            char[] chars = new char[random.nextInt(200)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = (char) random.nextInt(256);
            }
            parseSafely("010C", new String(chars), anyFormat());
        }
    }

    @Test
    void shouldNeverThrowOnRandomHexLikeText() {
        for (int i = 0; i < CASES; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(160);
            for (int c = 0; c < length; c++) {
                text.append(HEXISH.charAt(random.nextInt(HEXISH.length())));
            }
            parseSafely("0100", text.toString(), anyFormat());
        }
    }

    @Test
    void shouldNeverThrowOnTruncatedOrShuffledGoodResponses() {
        for (int i = 0; i < CASES; i++) {
            Good good = GOOD.get(random.nextInt(GOOD.size()));
            parseSafely(good.request(), good.raw().substring(0, random.nextInt(good.raw().length() + 1)),
                    good.format());
            List<String> lines = new ArrayList<>(Arrays.asList(good.raw().split("\r")));
            Collections.shuffle(lines, random);
            parseSafely(good.request(), String.join(random.nextBoolean() ? "\r" : "\r\n", lines), anyFormat());
        }
    }

    @Test
    void shouldKeepEveryMessageAndCountTheGarbageWhenAGarbageLineIsInserted() {
        for (int i = 0; i < CASES; i++) {
            Good good = GOOD.get(random.nextInt(GOOD.size()));
            ElmResponse clean = parser.parse(good.request(), good.raw(), good.format());
            assertThat(clean).as("clean %s", good).isInstanceOf(ElmResponse.Messages.class);

            List<String> lines = new ArrayList<>(Arrays.asList(good.raw().split("\r")));
            String junk = garbageLine();
            lines.add(random.nextInt(lines.size() + 1), junk);
            String dirty = String.join("\r", lines) + "\r";
            ElmResponse response = parseSafely(good.request(), dirty, good.format());

            assertThat(response.messages()).as("messages of %s", dirty).isEqualTo(clean.messages());
            assertThat(response.dropped()).as("dropped of %s", dirty)
                    .hasSize(clean.dropped().size() + 1)
                    .anySatisfy(frame -> assertThat(frame.reason()).isEqualTo(DropReason.NOT_HEX));
        }
    }

    @Test
    void shouldCountEveryDroppedFrameInTheStats() {
        long listed = 0;
        for (int i = 0; i < CASES; i++) {
            Good good = GOOD.get(random.nextInt(GOOD.size()));
            String raw = good.raw().substring(0, random.nextInt(good.raw().length() + 1)) + "\r" + garbageLine();
            listed += parseSafely(good.request(), raw, good.format()).dropped().size();
        }
        assertThat(parser.stats().droppedTotal()).isEqualTo(listed).isGreaterThanOrEqualTo(CASES);
        assertThat(parser.stats().responses()).isEqualTo(CASES);
    }

    private ElmResponse parseSafely(String request, String raw, ResponseFormat format) {
        ElmResponse response = null;
        try {
            response = parser.parse(request, raw, format);
        } catch (RuntimeException e) {
            fail("parse threw on " + printable(raw) + " as " + format, e);
        }
        assertThat(response).as("outcome of %s", printable(raw)).isNotNull();
        if (response instanceof ElmResponse.Garbage garbage) {
            assertThat(garbage.reason()).as("reason for %s", printable(raw))
                    .doesNotStartWith(ElmResponseParser.INTERNAL_FAULT);
        }
        return response;
    }

    /** A printable or binary line with at least one character that is not hex, and not an adapter message. */
    private String garbageLine() {
        while (true) {
            StringBuilder line = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int c = 0; c < length; c++) {
                int kind = random.nextInt(3);
                line.append(kind == 0 ? (char) (1 + random.nextInt(0x7E)) : HEXISH.charAt(random.nextInt(16)));
            }
            line.insert(random.nextInt(line.length() + 1), NON_HEX.charAt(random.nextInt(NON_HEX.length())));
            String text = line.toString().replace('\r', '#').replace('\n', '#');
            String upper = text.strip().toUpperCase(Locale.ROOT);
            if (ElmError.classify(text) == null && !upper.startsWith("SEARCHING") && !upper.startsWith("BUS")
                    && !upper.startsWith("FC:")) {
                return text;
            }
        }
    }

    private ResponseFormat anyFormat() {
        return FORMATS.get(random.nextInt(FORMATS.size()));
    }

    private static String printable(String raw) {
        return LineTokenizer.printable(raw);
    }
}
