package com.kcspeedshop.events;

/**
 * The binary layout of one record type: a tag that names the type on the wire, the schema version this code writes, and
 * a reader for every version up to it. Fields are only appended; a new version reads old bytes by defaulting what they lack.
 */
interface RecordFormat<T> {

    /** Identifies the type on the wire. Never reuse a tag. */
    int tag();

    /** The version {@link #write} produces. */
    int currentVersion();

    void write(T value, WireWriter out);

    /** Reads a body of {@code version}, 1 ≤ version ≤ {@link #currentVersion()}. */
    T read(WireReader in, int version);
}
