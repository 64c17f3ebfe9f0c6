package com.kcspeedshop.flink.faulttolerance;

/** Where keyed state lives between checkpoints. */
public enum StateBackendKind {
    /** Java objects on the heap: fastest, bounded by memory. Flink's default. */
    HASHMAP("hashmap"),
    /** RocksDB on local disk (native library bundled for Linux, macOS, Windows): state larger than memory, slower. */
    ROCKSDB("rocksdb");

    private final String flinkName;

    StateBackendKind(String flinkName) {
        this.flinkName = flinkName;
    }

    /** The value of Flink's {@code state.backend.type}. */
    public String flinkName() {
        return flinkName;
    }
}
