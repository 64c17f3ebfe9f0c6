package com.kcspeedshop.events;

import java.util.List;

/**
 * Versioned Kafka topic names. The suffix is the topic's contract version: a breaking change gets a new topic, so old and
 * new producers can run side by side during a migration.
 */
public final class Topics {

    /** Raw readings from collectors and simulators, keyed by VIN. Binary {@link ObdReading}. */
    public static final String OBD_READINGS = "telemetry.obd-readings.v1";
    /** Diagnostic trouble code reports, keyed by VIN. Binary {@link DtcReport}. */
    public static final String DTC_REPORTS = "telemetry.dtc-reports.v1";
    /**
     * One record per adapter connection: what the ELM327 adapter claims and does, and the workarounds the collector
     * applied, keyed by VIN. JSON {@code {"vin", "source", "connectedAt", "fingerprint": {...}}}, the fingerprint as
     * the collector's {@code Fingerprint.toJson()}; for tracing an odd reading to the adapter that produced it.
     */
    public static final String ADAPTER_FINGERPRINTS = "telemetry.adapter-fingerprints.v1";
    /** Records no consumer could read, with the reason. JSON {@link DeadLetter}, for humans. */
    public static final String DEAD_LETTER = "telemetry.dead-letter.v1";
    /** Per vehicle and signal window statistics, keyed by VIN. Binary {@link SignalWindow}. */
    public static final String SIGNAL_WINDOWS = "vehicle.signal-windows.v1";
    /** Health scores, keyed by VIN. Binary {@link HealthScore}. */
    public static final String HEALTH_SCORES = "vehicle.health-scores.v1";
    /** Anomalies, keyed by VIN. Binary {@link Anomaly}. */
    public static final String ANOMALIES = "vehicle.anomalies.v1";
    /** Alert lifecycle events, keyed by VIN. Binary {@link Alert}. */
    public static final String ALERTS = "vehicle.alerts.v1";
    /** Model outputs, keyed by VIN. Binary {@link ModelPrediction}. */
    public static final String MODEL_PREDICTIONS = "models.predictions.v1";
    /**
     * Valid readings that arrived after the event-time watermark had passed them, keyed by VIN. Binary
     * {@link ObdReading}, byte-identical to what the collector sent. Kept apart from the dead-letter topic because
     * nothing is wrong with them: a backfill or the offline replay can still use them.
     */
    public static final String LATE_READINGS = "telemetry.late-readings.v1";
    /** Model promotions and retirements, keyed by model name. Binary {@link ModelUpdate}; read as broadcast state. */
    public static final String MODEL_UPDATES = "models.updates.v1";

    private Topics() {
    }

    /** Every topic the platform uses, for bootstrapping a fresh broker. */
    public static List<String> all() {
        return List.of(OBD_READINGS, DTC_REPORTS, ADAPTER_FINGERPRINTS, DEAD_LETTER, LATE_READINGS, SIGNAL_WINDOWS,
                HEALTH_SCORES, ANOMALIES, ALERTS, MODEL_PREDICTIONS, MODEL_UPDATES);
    }
}
