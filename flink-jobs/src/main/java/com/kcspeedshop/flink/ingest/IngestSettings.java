package com.kcspeedshop.flink.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the ingest stage treats event time and duplicates.
 *
 * @param outOfOrderness how far behind the newest event the watermark trails; events further behind are late
 * @param idleness       how long a source split may be silent before it stops holding the watermark back; 0 = never
 * @param duplicateTtl   how long a (vehicle, source) is remembered after its last new event; longer than the longest
 *                       outage a collector's journal bridges, or replayed duplicates slip through
 * @param consumer       who is reading, written into dead letters (the job name)
 */
public record IngestSettings(Duration outOfOrderness, Duration idleness, Duration duplicateTtl, String consumer) {

    /** 24 h: a collector's journal bridges outages of hours; one {@code long} per (vehicle, source) is cheap. */
    public static final Duration DEFAULT_DUPLICATE_TTL = Duration.ofHours(24);

    public IngestSettings {
        Objects.requireNonNull(outOfOrderness, "outOfOrderness");
        Objects.requireNonNull(idleness, "idleness");
        Objects.requireNonNull(duplicateTtl, "duplicateTtl");
        Objects.requireNonNull(consumer, "consumer");
        if (outOfOrderness.isNegative() || idleness.isNegative()) {
            throw new IllegalArgumentException("out-of-orderness and idleness must be >= 0, got " + outOfOrderness
                    + " and " + idleness);
        }
        if (duplicateTtl.isNegative() || duplicateTtl.isZero()) {
            throw new IllegalArgumentException("duplicate TTL must be > 0, got " + duplicateTtl);
        }
        if (consumer.isBlank()) {
            throw new IllegalArgumentException("consumer must not be blank");
        }
    }
}
