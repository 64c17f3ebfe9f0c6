package com.kcspeedshop.collector.bench;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The unavoidable minimum of any decoder, used as the baseline: split adapter text into lines and space-separated
 * tokens, and turn every two-digit token into a byte with {@link HexFormat}. It validates nothing, strips no header,
 * reassembles nothing and names no value, so a real layer costing "3x baseline" did three times this bare work.
 */
final class SplitHexBaseline {

    private SplitHexBaseline() {
    }

    /**
     * The bytes of each line of {@code raw}; CAN ids, length lines and segment labels ({@code 7E8}, {@code 014},
     * {@code 0:}) are skipped.
     */
    static byte[][] split(String raw) {
        String[] lines = raw.split("\r");
        byte[][] out = new byte[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            out[i] = hexBytes(lines[i]);
        }
        return out;
    }

    private static byte[] hexBytes(String line) {
        byte[] bytes = new byte[(line.length() + 1) / 3];
        int count = 0;
        int start = 0;
        while (start < line.length()) {
            int end = line.indexOf(' ', start);
            end = end < 0 ? line.length() : end;
            // two characters, not a segment label like "0:": a byte in any layout
            if (end - start == 2 && line.charAt(start + 1) != ':') {
                bytes[count++] = (byte) HexFormat.fromHexDigits(line, start, end);
            }
            start = end + 1;
        }
        return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
    }
}
