package com.kcspeedshop.health.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.datasets.trips.RecordedReading;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.datasets.trips.TripLogFormat;
import com.kcspeedshop.events.ObdReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedTripsTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final String VIN = "KCSEVAL0000000001";

    private static RecordedReading recorded(long ms, String signal, double value, String unit) {
        return new RecordedReading(T0.plusMillis(ms), signal, value, unit, 2);
    }

    private static String describe(ObdReading r) {
        return r.capturedAt().toEpochMilli() - T0.toEpochMilli() + " " + r.signal() + "=" + r.value() + " #"
                + r.sequence();
    }

    @Test
    void shouldRepeatTheOtherKnownSignalsOfAKitLogOnceASecond() {
        TripLog log = new TripLog(TripLogFormat.KIT, "kit", 4, List.of(
                recorded(0, "ENGINE_RPM", 800, "rpm"),
                recorded(0, "VEHICLE_SPEED", 0, "km/h"),
                recorded(600, "ENGINE_RPM", 850, "rpm"),
                recorded(2_500, "ENGINE_RPM", 900, "rpm")), List.of());

        List<ObdReading> readings = RecordedTrips.readings(VIN, log, "test");

        // at 600 ms the speed was sent less than a second ago; at 2.5 s it is due again, stamped with that moment
        assertThat(readings).map(RecordedTripsTest::describe).containsExactly(
                "0 ENGINE_RPM=800.0 #0", "0 VEHICLE_SPEED=0.0 #1", "600 ENGINE_RPM=850.0 #2",
                "2500 VEHICLE_SPEED=0.0 #3", "2500 ENGINE_RPM=900.0 #4");
        assertThat(readings).allSatisfy(r -> {
            assertThat(r.vin()).isEqualTo(VIN);
            assertThat(r.source()).isEqualTo("test");
        });
    }

    @Test
    void shouldPassACarObdLogThroughAsRecorded() {
        TripLog log = new TripLog(TripLogFormat.CAROBD, "drive1", 2, List.of(
                recorded(0, "ENGINE_RPM", 800, "rpm"),
                recorded(2_500, "VEHICLE_SPEED", 12, "km/h")), List.of());

        assertThat(RecordedTrips.readings(VIN, log, "test")).map(RecordedTripsTest::describe)
                .containsExactly("0 ENGINE_RPM=800.0 #0", "2500 VEHICLE_SPEED=12.0 #1");
    }

    @Test
    void shouldLoadEveryCsvSortedByPathWithOneVinPerTripInThatOrder(@TempDir Path dir) throws IOException {
        writeCarObd(dir.resolve("b/drive2.csv"), 3);
        writeCarObd(dir.resolve("a/drive9.csv"), 5);
        writeCarObd(dir.resolve("b/drive1.csv"), 2);
        Files.writeString(dir.resolve("a/notes.txt"), "not a trip");

        List<RecordedTrips.Trip> trips = RecordedTrips.load(dir);

        assertThat(trips).map(RecordedTrips.Trip::name).containsExactly("a/drive9", "b/drive1", "b/drive2");
        assertThat(trips).map(RecordedTrips.Trip::vin)
                .containsExactly("KCSEVAL0000000001", "KCSEVAL0000000002", "KCSEVAL0000000003");
        RecordedTrips.Trip first = trips.get(0);
        assertThat(first.file()).isEqualTo(dir.resolve("a/drive9.csv"));
        // a carOBD row gives its run time and each column: 5 rows x (RUN_TIME, ENGINE_RPM)
        assertThat(first.readings()).hasSize(10).allSatisfy(r -> assertThat(r.source()).isEqualTo(RecordedTrips.SOURCE));
        assertThat(first.readings()).filteredOn(r -> r.signal().equals("ENGINE_RPM")).map(ObdReading::value)
                .containsExactly(800.0, 801.0, 802.0, 803.0, 804.0);
        assertThat(first.endMs() - first.startMs()).isEqualTo(4_000);
        assertThat(first.hours()).isEqualTo(4_000 / 3_600_000.0);
    }

    @Test
    void shouldRefuseAMissingFolderOrOneWithoutTrips(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> RecordedTrips.load(dir.resolve("absent")))
                .isInstanceOf(IOException.class).hasMessageStartingWith("no trip folder at");
        Files.writeString(dir.resolve("notes.txt"), "not a trip");
        assertThatThrownBy(() -> RecordedTrips.load(dir))
                .isInstanceOf(IOException.class).hasMessageStartingWith("no trip CSV with readings under");
    }

    /** A carOBD log (header then one row a second, trailing comma as in the dataset) of {@code seconds} rows. */
    private static void writeCarObd(Path file, int seconds) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder("ENGINE_RUN_TINE (),ENGINE_RPM ()\n");
        for (int s = 0; s < seconds; s++) {
            csv.append(s).append(", ").append(800 + s).append(",\n");
        }
        Files.writeString(file, csv);
    }
}
