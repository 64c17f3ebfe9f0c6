package com.kcspeedshop.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One realistic instance of every event type, for round-trip tests. */
final class SampleEvents {

    static final String VIN = "1HGCM82633A004352";
    static final Instant T = Instant.parse("2026-11-25T10:15:30.123456789Z");

    private SampleEvents() {
    }

    static Map<EventCodec<?>, Object> oneOfEach() {
        return Map.ofEntries(
                Map.entry(Events.OBD_READING, new ObdReading(VIN, "ENGINE_RPM", 1725.5, "rpm", T, "sim-1", 42L, "7E8")),
                Map.entry(Events.OBD_READING_BATCH, new ObdReadingBatch(List.of(
                        new ObdReading(VIN, "ENGINE_RPM", 1725.5, "rpm", T, "sim-1", 43L, "7E8"),
                        new ObdReading(VIN, "COOLANT_TEMP", 91.0, "degC", T, "sim-1", 44L, "7E8"),
                        new ObdReading(VIN, "CONTROL_MODULE_VOLTAGE", 14.1, "V", T.plusMillis(40), "sim-1", 1_000L,
                                null)))),
                Map.entry(Events.DTC_REPORT, new DtcReport(VIN, "elm-1", 7L, T, "7E8", DtcKind.STORED,
                        List.of("P0301", "U0100"))),
                Map.entry(Events.SIGNAL_WINDOW, new SignalWindow(VIN, "COOLANT_TEMP", "degC", T, T.plusSeconds(10),
                        88.0, 92.0, 90.25, 10)),
                Map.entry(Events.HEALTH_SCORE, new HealthScore(VIN, "cooling", T, 71.5,
                        List.of(new HealthContribution("COOLANT_TEMP", 109.0, 105.0, 28.5)))),
                Map.entry(Events.ANOMALY, new Anomaly(VIN, "CONTROL_MODULE_VOLTAGE", T, 11.2, 14.1, 6.3, "median-mad")),
                Map.entry(Events.ALERT, new Alert("a-" + VIN + "-overheat-1", VIN, "overheat", AlertSeverity.CRITICAL,
                        AlertState.RAISED, T, "Coolant above 105 degC for 60 s")),
                Map.entry(Events.MODEL_PREDICTION, new ModelPrediction("rul", "rul-gbt-3", VIN, T, 112.0)),
                Map.entry(Events.MODEL_UPDATE, new ModelUpdate("anomaly-obd", "anomaly-iforest-7",
                        ModelAction.PROMOTED, "file:///var/lib/kcspeedshop/models/anomaly-iforest-7.zip", T)),
                Map.entry(Events.DEAD_LETTER, DeadLetter.of(Topics.OBD_READINGS, 2, 1234L, "signal-windows",
                        "not a KC Speedshop event", new byte[] {1, 2, 3}, T)));
    }
}
