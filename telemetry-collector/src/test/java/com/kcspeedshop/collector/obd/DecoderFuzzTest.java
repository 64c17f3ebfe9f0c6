package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random bytes (plain JUnit loop: jqwik is not in the local repository, and a fixed seed replays any failure):
 * the decoder never throws, never returns an empty list, never falls back to its "decoder fault" net, and whatever it
 * does decode is plausible.
 */
class DecoderFuzzTest extends PlausibilityAssertions {

    private static final long SEED = 20261125L;
    private static final int ROUNDS = 50_000;
    private static final int[] RESPONSE_BYTES = {0x41, 0x42, 0x43, 0x44, 0x46, 0x47, 0x49, 0x4A, 0x7F};

    private final ObdDecoder decoder = ObdDecoder.standard();

    @Test
    void shouldNeverThrowOnRandomBytesAfterAValidServiceByte() {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] message = new byte[1 + random.nextInt(48)];
            random.nextBytes(message);
            message[0] = (byte) RESPONSE_BYTES[random.nextInt(RESPONSE_BYTES.length)];
            assertDecodesSafely(message);
        }
    }

    @Test
    void shouldNeverThrowOnCompletelyRandomBytes() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] message = new byte[random.nextInt(64)];
            random.nextBytes(message);
            assertDecodesSafely(message);
        }
    }

    @Test
    void shouldAnswerGarbageWithADecodeError() {
        Random random = new Random(SEED + 2);
        for (int round = 0; round < 1000; round++) {
            byte[] message = new byte[1 + random.nextInt(20)];
            random.nextBytes(message);
            message[0] = (byte) (0x00 + random.nextInt(0x40)); // a request byte or noise, never a response byte
            assertThat(decoder.decode("7E8", message)).singleElement().isInstanceOf(DecodeError.class);
        }
        assertThat(decoder.decode("7E8", new byte[0])).singleElement().isInstanceOf(DecodeError.class);
        assertThat(decoder.decode("7E8", null)).singleElement().isInstanceOf(DecodeError.class);
    }

    private void assertDecodesSafely(byte[] message) {
        List<ObdDecodeResult> results = decoder.decode("7E8", message);
        assertThat(results).as(Hex.of(message)).isNotEmpty();
        assertThat(results).as(Hex.of(message)).noneMatch(r -> r instanceof DecodeError e
                && e.reason().startsWith("decoder fault"));
        assertPlausible(results);
    }
}
