package com.kcspeedshop.events;

import java.util.List;

/** The codec of every event type. Everyone encodes and decodes through these; nobody writes their own layout. */
public final class Events {

    public static final EventCodec<ObdReading> OBD_READING =
            new EventCodec<>(ObdReading.class, new Formats.ObdReadingFormat());
    /**
     * Reading batches (one poll cycle per record). Also decodes a single {@link ObdReading} record, as a batch of one,
     * because the readings topic carries both: consumers of that topic decode with this codec.
     */
    public static final EventCodec<ObdReadingBatch> OBD_READING_BATCH = new EventCodec<>(ObdReadingBatch.class,
            new Formats.ObdReadingBatchFormat(), OBD_READING, ObdReadingBatch::of);
    public static final EventCodec<DtcReport> DTC_REPORT =
            new EventCodec<>(DtcReport.class, new Formats.DtcReportFormat());
    public static final EventCodec<SignalWindow> SIGNAL_WINDOW =
            new EventCodec<>(SignalWindow.class, new Formats.SignalWindowFormat());
    public static final EventCodec<HealthScore> HEALTH_SCORE =
            new EventCodec<>(HealthScore.class, new Formats.HealthScoreFormat());
    public static final EventCodec<Anomaly> ANOMALY = new EventCodec<>(Anomaly.class, new Formats.AnomalyFormat());
    public static final EventCodec<Alert> ALERT = new EventCodec<>(Alert.class, new Formats.AlertFormat());
    public static final EventCodec<ModelPrediction> MODEL_PREDICTION =
            new EventCodec<>(ModelPrediction.class, new Formats.ModelPredictionFormat());
    public static final EventCodec<ModelUpdate> MODEL_UPDATE =
            new EventCodec<>(ModelUpdate.class, new Formats.ModelUpdateFormat());
    public static final EventCodec<DeadLetter> DEAD_LETTER =
            new EventCodec<>(DeadLetter.class, new Formats.DeadLetterFormat());

    private static final List<EventCodec<?>> ALL = List.of(OBD_READING, OBD_READING_BATCH, DTC_REPORT, SIGNAL_WINDOW,
            HEALTH_SCORE, ANOMALY, ALERT, MODEL_PREDICTION, MODEL_UPDATE, DEAD_LETTER);

    private Events() {
    }

    /** Every codec, one per event type. */
    public static List<EventCodec<?>> all() {
        return ALL;
    }

    static String nameOfTag(int tag) {
        return ALL.stream().filter(codec -> codec.tag() == tag).map(codec -> codec.type().getSimpleName()).findFirst()
                .orElse("unknown type");
    }
}
