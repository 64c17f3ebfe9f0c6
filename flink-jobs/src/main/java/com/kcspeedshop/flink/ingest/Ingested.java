package com.kcspeedshop.flink.ingest;

import com.kcspeedshop.events.DeadLetter;
import java.util.Objects;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * What the ingest stage hands a job: three streams, and nothing is dropped silently between them.
 *
 * @param events      decoded, duplicate-free, on time, with event-time timestamps and watermarks; partitioned by VIN
 *                    exactly as {@code keyBy(new VehicleKey<>(kind))} would, so a per-vehicle operator that follows with
 *                    the same parallelism may {@code DataStreamUtils.reinterpretAsKeyedStream} instead of shuffling
 * @param late        decoded, duplicate-free events the watermark had already passed; counted, for their own sink
 * @param deadLetters records that did not decode, with the reason and their Kafka coordinates
 */
public record Ingested<T>(DataStream<T> events, DataStream<T> late, DataStream<DeadLetter> deadLetters) {

    public Ingested {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }
}
