package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingColumnsTest {

    private static final String VIN = "1HGCM82633A004352";
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.987654321Z");

    private static ObdReadingBatch batch(Instant at) {
        return new ObdReadingBatch(List.of(
                new ObdReading(VIN, "ENGINE_RPM", 812.5, "rpm", at, "elm-1", 4, "7E8"),
                new ObdReading(VIN, "COOLANT_TEMP", 91, "degC", at.plusMillis(40), "elm-1", 5, null),
                new ObdReading(VIN, "VEHICLE_SPEED", 0, "km/h", at.plusMillis(80), "elm-1", 9, "7E9")));
    }

    @Test
    void shouldHoldWhatTheBatchHolds() {
        ObdReadingBatch batch = batch(T0);
        ReadingColumns columns = ReadingColumns.of(batch);

        assertThat(columns.toBatch()).isEqualTo(batch);
        assertThat(columns.vin()).isEqualTo(VIN);
        assertThat(columns.source()).isEqualTo("elm-1");
        assertThat(columns.lastSequence()).isEqualTo(9);
        for (int i = 0; i < batch.size(); i++) {
            ObdReading r = batch.readings().get(i);
            assertThat(columns.signal(i)).isEqualTo(r.signal());
            assertThat(columns.value(i)).isEqualTo(r.value());
            assertThat(columns.capturedAt(i)).isEqualTo(r.capturedAt());
            assertThat(columns.capturedAtMillis(i)).isEqualTo(r.capturedAt().toEpochMilli());
            assertThat(columns.ecu(i)).isEqualTo(r.ecu());
        }
    }

    @Test
    void shouldGiveEpochMillisAsInstantDoesBefore1970Too() {
        Instant before = Instant.parse("1969-12-31T23:59:58.999500000Z");
        ReadingColumns columns = ReadingColumns.of(batch(before));
        assertThat(columns.capturedAtMillis(0)).isEqualTo(before.toEpochMilli()).isEqualTo(-1001L);
        assertThat(columns.capturedAtMillis(1)).isEqualTo(before.plusMillis(40).toEpochMilli());
    }

    @Test
    void shouldKeepOnlyTheReadingsAfterASequenceAsTheBatchDoes() {
        ObdReadingBatch batch = batch(T0);
        ReadingColumns columns = ReadingColumns.of(batch);
        for (long seen = 0; seen <= 10; seen++) {
            ObdReadingBatch expected = batch.after(seen);
            ReadingColumns after = columns.after(seen);
            if (expected == null) {
                assertThat(after).as("after %d", seen).isNull();
            } else {
                assertThat(after.toBatch()).as("after %d", seen).isEqualTo(expected);
                assertThat(after == columns).as("after %d", seen).isEqualTo(expected == batch);
            }
        }
        ReadingColumns last = columns.after(5);
        assertThat(last.size()).isEqualTo(1);
        assertThat(last.signal(0)).isEqualTo("VEHICLE_SPEED");
        assertThat(last.capturedAtMillis(0)).isEqualTo(T0.plusMillis(80).toEpochMilli());
        assertThat(last.after(8)).isSameAs(last);
        assertThat(last.after(9)).isNull();
    }
}
