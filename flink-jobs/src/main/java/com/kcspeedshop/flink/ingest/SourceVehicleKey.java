package com.kcspeedshop.flink.ingest;

import java.util.Objects;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys events by (vehicle, source) for duplicate detection: {@code VIN|source}. A VIN is 17 characters without '|', so
 * the two parts cannot collide whatever the source name holds.
 *
 * <p>Why this key: a source's sequence grows strictly, and collectors key their records by VIN, so one source's events
 * for one vehicle sit in one Kafka partition in the order they were sent, and one source subtask reads them in that
 * order. Within this key the sequence therefore only grows, except when something is sent again.
 */
public final class SourceVehicleKey<T> implements KeySelector<T, String> {

    private static final long serialVersionUID = 1L;

    private final EventKind<T> kind;

    public SourceVehicleKey(EventKind<T> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String getKey(T event) {
        return kind.vin(event) + '|' + kind.source(event);
    }
}
