package com.kcspeedshop.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one serde for an event type: a compact binary form for the wire and JSON for humans.
 *
 * <p>Binary layout: {@code 0xC5} (magic), type tag, schema version, then the body as the type's {@link RecordFormat}
 * writes it. Decoding checks all three, reads any version up to the current one and rejects trailing bytes, so a
 * corrupt or foreign record always yields an {@link EventDecodingException} with a reason, never a wrong value.
 * Instances are immutable and thread-safe; get them from {@link Events}.
 */
public final class EventCodec<T> {

    static final int MAGIC = 0xC5;

    private final Class<T> type;
    private final RecordFormat<T> format;
    /** A narrower type this codec also decodes, widened to {@code T}; null for most types. */
    private final EventCodec<?> narrower;
    private final Function<Object, T> widen;

    EventCodec(Class<T> type, RecordFormat<T> format) {
        this(type, format, null, null);
    }

    /**
     * A codec that also decodes records of {@code narrower}'s type, turned into a {@code T} by {@code widen}: for a
     * topic that carries both, e.g. single readings and reading batches. Encoding always writes {@code T}.
     */
    @SuppressWarnings("unchecked")
    <N> EventCodec(Class<T> type, RecordFormat<T> format, EventCodec<N> narrower, Function<N, T> widen) {
        this.type = type;
        this.format = format;
        this.narrower = narrower;
        this.widen = (Function<Object, T>) widen;
    }

    public Class<T> type() {
        return type;
    }

    int tag() {
        return format.tag();
    }

    public int currentVersion() {
        return format.currentVersion();
    }

    public byte[] encode(T event) {
        Objects.requireNonNull(event, "event");
        WireWriter out = new WireWriter().u8(MAGIC).u8(format.tag()).u8(format.currentVersion());
        format.write(event, out);
        return out.toByteArray();
    }

    public T decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new EventDecodingException("empty record, expected a " + type.getSimpleName());
        }
        WireReader in = new WireReader(bytes, 0);
        int magic = in.u8();
        if (magic != MAGIC) {
            throw new EventDecodingException(String.format(
                    "not a KC Speedshop event: first byte 0x%02X, expected 0x%02X (is it JSON or another producer's "
                            + "format?)", magic, MAGIC));
        }
        int tag = in.u8();
        if (narrower != null && tag == narrower.tag()) {
            return widen.apply(narrower.decode(bytes));
        }
        if (tag != format.tag()) {
            throw new EventDecodingException("expected a " + type.getSimpleName() + " (tag " + format.tag()
                    + ") but got tag " + tag + " (" + Events.nameOfTag(tag) + ")");
        }
        int version = in.u8();
        if (version < 1 || version > format.currentVersion()) {
            throw new EventDecodingException(type.getSimpleName() + " schema version " + version
                    + " is not readable here (this reader knows 1.." + format.currentVersion()
                    + "); upgrade the consumer");
        }
        T value;
        try {
            value = format.read(in, version);
        } catch (IllegalArgumentException | NullPointerException e) {
            // the bytes parsed but the values break the record's invariants, e.g. a VIN of the wrong shape
            throw new EventDecodingException("invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (in.remaining() != 0) {
            throw new EventDecodingException(in.remaining() + " unexpected trailing bytes after a "
                    + type.getSimpleName() + " v" + version);
        }
        return value;
    }

    public String toJson(T event) {
        try {
            return Json.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    public T fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("invalid " + type.getSimpleName() + " JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
