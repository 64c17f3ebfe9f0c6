package com.kcspeedshop.events;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/** Appends primitive values in the compact binary layout: LEB128 varints, little-endian doubles, UTF-8 strings. */
public final class WireWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

    WireWriter() {
    }

    public WireWriter u8(int value) {
        out.write(value & 0xFF);
        return this;
    }

    /** Unsigned LEB128; for lengths, counts and sequence numbers. */
    public WireWriter varLong(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return this;
    }

    /** Zig-zag then LEB128, so small negative numbers stay small. */
    public WireWriter signedVarLong(long value) {
        return varLong((value << 1) ^ (value >> 63));
    }

    public WireWriter f64(double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    public WireWriter string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varLong(utf8.length);
        out.write(utf8, 0, utf8.length);
        return this;
    }

    /** A presence byte (0 absent, 1 present), then the string. */
    public WireWriter nullableString(String value) {
        if (value == null) {
            return u8(0);
        }
        return u8(1).string(value);
    }

    /** Epoch seconds (zig-zag) and nanoseconds of the second. */
    public WireWriter instant(Instant value) {
        return signedVarLong(value.getEpochSecond()).varLong(value.getNano());
    }

    /** Enums go by name, so reordering constants never changes the meaning of old bytes. */
    public WireWriter enumName(Enum<?> value) {
        return string(value.name());
    }

    public <E> WireWriter list(List<E> values, BiConsumer<WireWriter, E> element) {
        varLong(values.size());
        for (E value : values) {
            element.accept(this, value);
        }
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
