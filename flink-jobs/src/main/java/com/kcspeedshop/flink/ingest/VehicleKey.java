package com.kcspeedshop.flink.ingest;

import java.util.Objects;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys events by vehicle for duplicate detection: the VIN, the same key the jobs' per-vehicle operators use, so the
 * health job needs no second shuffle after the ingest stage.
 *
 * <p>Why this key: a source's sequence grows strictly, and collectors key their records by VIN, so one source's events
 * for one vehicle sit in one Kafka partition in the order they were sent, and one source subtask reads them in that
 * order. Per (vehicle, source) the sequence therefore only grows, except when something is sent again;
 * {@link DropDuplicates} keeps the highest sequence per source inside the vehicle's key.
 */
public final class VehicleKey<T> implements KeySelector<T, String> {

    private static final long serialVersionUID = 1L;

    private final EventKind<T> kind;

    public VehicleKey(EventKind<T> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String getKey(T event) {
        return kind.vin(event);
    }
}
