package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * One event for the keyed health operator: exactly one of a batch of readings (one poll cycle) or a trouble-code
 * report. The two ingest streams are unioned into this type so one keyed operator (with the model broadcast as its
 * second input) sees both.
 *
 * <p>A batch is held in one of two equal forms: as the {@link ObdReadingBatch} the source decoded, or as the {@link
 * ReadingColumns} the health operator reads after the shuffle ({@link HealthInputSerializer}); each accessor gives
 * either form, converting when asked for the other. Equality is by content, whatever the form.
 *
 * <p>Flink analyses this class to {@link HealthInputSerializer#TYPE} wherever it meets it ({@link TypeInfo}), so no
 * stream or side output of it falls back to Kryo.
 */
@TypeInfo(HealthInput.TypeFactory.class)
public final class HealthInput {

    private final ObdReadingBatch batch;
    private final ReadingColumns columns;
    private final DtcReport report;

    /**
     * @param readings the readings, or null
     * @param report   the trouble-code report, or null
     */
    public HealthInput(ObdReadingBatch readings, DtcReport report) {
        this(readings, null, report);
    }

    private HealthInput(ObdReadingBatch batch, ReadingColumns columns, DtcReport report) {
        if ((batch == null && columns == null) == (report == null)) {
            throw new IllegalArgumentException("a health input is exactly one of a reading batch or a report");
        }
        this.batch = batch;
        this.columns = columns;
        this.report = report;
    }

    public static HealthInput of(ObdReadingBatch readings) {
        return new HealthInput(Objects.requireNonNull(readings, "readings"), null, null);
    }

    /** A batch of one reading. */
    public static HealthInput of(ObdReading reading) {
        return of(ObdReadingBatch.of(reading));
    }

    public static HealthInput of(DtcReport report) {
        return new HealthInput(null, null, Objects.requireNonNull(report, "report"));
    }

    /** Readings in columns, as the serializer reads them after the shuffle. */
    public static HealthInput of(ReadingColumns readings) {
        return new HealthInput(null, Objects.requireNonNull(readings, "readings"), null);
    }

    /** Whether this is a batch of readings (else a report). */
    public boolean hasReadings() {
        return report == null;
    }

    /** The readings as a batch (built and checked from the columns if that is the form held), or null. */
    public ObdReadingBatch readings() {
        if (report != null) {
            return null;
        }
        return batch != null ? batch : columns.toBatch();
    }

    /** The readings in columns (built from the batch if that is the form held), or null. */
    public ReadingColumns columns() {
        if (report != null) {
            return null;
        }
        return columns != null ? columns : ReadingColumns.of(batch);
    }

    /** The batch if held as one, without converting; null otherwise. */
    ObdReadingBatch heldBatch() {
        return batch;
    }

    /** The trouble-code report, or null. */
    public DtcReport report() {
        return report;
    }

    public String vin() {
        if (report != null) {
            return report.vin();
        }
        return batch != null ? batch.vin() : columns.vin();
    }

    /** Capture time in epoch millis (a batch's first reading's): the event time the operator orders by. */
    public long eventTimeMillis() {
        if (report != null) {
            return report.capturedAt().toEpochMilli();
        }
        return batch != null ? batch.capturedAt().toEpochMilli() : columns.capturedAtMillis(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HealthInput other && Objects.equals(readings(), other.readings())
                && Objects.equals(report, other.report);
    }

    @Override
    public int hashCode() {
        return Objects.hash(readings(), report);
    }

    @Override
    public String toString() {
        return "HealthInput[" + (report != null ? report : batch != null ? batch : columns) + "]";
    }

    /** Makes Flink use {@link HealthInputSerializer} for this class. */
    public static final class TypeFactory extends TypeInfoFactory<HealthInput> {
        @Override
        public TypeInformation<HealthInput> createTypeInfo(Type type, Map<String, TypeInformation<?>> parameters) {
            return HealthInputSerializer.TYPE;
        }
    }
}
