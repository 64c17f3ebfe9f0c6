package com.kcspeedshop.events;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads what {@link WireWriter} wrote; every malformation becomes an {@link EventDecodingException} with a reason. */
public final class WireReader {

    /** Nothing we send has more elements or longer strings; a larger length means garbage, not a big record. */
    private static final int MAX_LENGTH = 1 << 20;

    private final byte[] bytes;
    private int position;

    WireReader(byte[] bytes, int position) {
        this.bytes = bytes;
        this.position = position;
    }

    public int u8() {
        require(1, "a byte");
        return bytes[position++] & 0xFF;
    }

    public long varLong() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new EventDecodingException("varint longer than 10 bytes at offset " + position);
    }

    public long signedVarLong() {
        long raw = varLong();
        return (raw >>> 1) ^ -(raw & 1);
    }

    public double f64() {
        require(8, "a double");
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits |= (long) (bytes[position++] & 0xFF) << (8 * i);
        }
        return Double.longBitsToDouble(bits);
    }

    public String string() {
        int length = length("string");
        if (bytes.length - position < length) {
            // the message is built only here: this method runs for every string of every record
            require(length, "a string of " + length + " bytes");
        }
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    public String nullableString() {
        int presence = u8();
        return switch (presence) {
            case 0 -> null;
            case 1 -> string();
            default -> throw new EventDecodingException("bad presence byte " + presence + " at offset " + (position - 1));
        };
    }

    public Instant instant() {
        long seconds = signedVarLong();
        long nanos = varLong();
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException | ArithmeticException e) {
            throw new EventDecodingException("instant out of range: " + seconds + " s + " + nanos + " ns", e);
        }
    }

    public <E extends Enum<E>> E enumName(Class<E> type) {
        String name = string();
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new EventDecodingException("unknown " + type.getSimpleName() + " '" + name + "'", e);
        }
    }

    public <E> List<E> list(Function<WireReader, E> element) {
        int size = length("list");
        List<E> values = new ArrayList<>(Math.min(size, 64));
        for (int i = 0; i < size; i++) {
            values.add(element.apply(this));
        }
        return values;
    }

    int remaining() {
        return bytes.length - position;
    }

    private int length(String what) {
        long length = varLong();
        if (length > MAX_LENGTH) {
            throw new EventDecodingException(what + " length " + length + " exceeds " + MAX_LENGTH);
        }
        return (int) length;
    }

    private void require(int count, String what) {
        if (bytes.length - position < count) {
            throw new EventDecodingException("truncated: needed " + what + " at offset " + position
                    + " but only " + (bytes.length - position) + " bytes remain");
        }
    }
}
