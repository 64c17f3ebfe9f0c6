package com.kcspeedshop.flink.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.flink.testing.TestDatabase;
import com.kcspeedshop.flink.testing.TestDatabase.StoredWindow;
import com.kcspeedshop.flink.testing.TestDatabase.VehicleRow;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.runtime.tasks.TestProcessingTimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL writer against the real schema, with Flink's processing time under the test's control. */
class SignalWindowPostgresSinkIT {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String VIN = "1HGCM82633A004352";
    private static TestDatabase database;

    private final TestProcessingTimeService time = new TestProcessingTimeService();
    private PostgresBatchWriter<SignalWindow> writer;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.migrated("postgres_sink_it");
    }

    @BeforeEach
    void emptyTablesAndOpenWriter() throws Exception {
        database.truncate();
        time.setCurrentTime(1_000);
        writer = new PostgresBatchWriter<>("signal-windows", database.jdbc(), "sink-it", 3, 200, time,
                SignalWindowPostgresSink.KEY, SignalWindowUpserts::write);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void shouldWriteAPartFilledBatchOnceTheMaxDelayHasPassed() throws Exception {
        SignalWindow window = window(VIN, "ENGINE_RPM", 0, 700, 900, 800.25, 4);
        writer.write(window, null);

        time.advance(199);
        assertThat(database.windows()).isEmpty();
        time.advance(1);

        assertThat(database.windows()).extracting(StoredWindow::window).containsExactly(window);
        assertThat(database.vehicles()).containsExactly(new VehicleRow(VIN, T0, T0.plusSeconds(10)));
        assertThat(writer.pendingCount()).isZero();
    }

    @Test
    void shouldWriteAFullBatchAtOnceAndFlushTheRestOnCheckpoint() throws Exception {
        for (int i = 0; i < 4; i++) {
            writer.write(window(VIN, "ENGINE_RPM", i * 10, i, i, i, 1), null);
        }
        assertThat(database.windows()).hasSize(3);

        writer.flush(false); // what Flink calls on a checkpoint barrier

        assertThat(database.windows()).hasSize(4);
        assertThat(database.vehicles()).containsExactly(new VehicleRow(VIN, T0, T0.plusSeconds(40)));
    }

    @Test
    void shouldLeaveEveryRowUntouchedWhenTheSameWindowsAreReplayed() throws Exception {
        List<SignalWindow> windows = List.of(window(VIN, "ENGINE_RPM", 0, 700, 900, 800, 4),
                window(VIN, "COOLANT_TEMP", 0, 88, 91, 90, 4), window("WVWZZZ1JZXW000001", "ENGINE_RPM", 10, 1, 3, 2, 2));
        for (SignalWindow w : windows) {
            writer.write(w, null);
        }
        writer.flush(false);
        List<StoredWindow> first = database.windows();
        List<VehicleRow> vehicles = database.vehicles();

        Thread.sleep(5); // so a rewrite would show in written_at
        for (SignalWindow w : windows) {
            writer.write(w, null);
        }
        writer.flush(true);

        assertThat(database.windows()).isEqualTo(first).hasSize(3);
        assertThat(database.vehicles()).isEqualTo(vehicles).hasSize(2);
    }

    @Test
    void shouldUpdateAChangedWindowAndWidenTheVehicleSpan() throws Exception {
        writer.write(window(VIN, "ENGINE_RPM", 20, 700, 900, 800, 4), null);
        writer.flush(false);

        SignalWindow corrected = window(VIN, "ENGINE_RPM", 20, 650, 900, 780, 5);
        writer.write(corrected, null);
        writer.write(window(VIN, "SPEED", 0, 1, 1, 1, 1), null);
        writer.write(window(VIN, "SPEED", 40, 2, 2, 2, 1), null);
        writer.flush(false);

        assertThat(database.windows()).extracting(StoredWindow::window).contains(corrected).hasSize(3);
        assertThat(database.vehicles()).containsExactly(new VehicleRow(VIN, T0, T0.plusSeconds(50)));
    }

    private static SignalWindow window(String vin, String signal, int startSecond, double min, double max, double mean,
                                       long count) {
        Instant start = T0.plusSeconds(startSecond);
        return new SignalWindow(vin, signal, "u", start, start.plusSeconds(10), min, max, mean, count);
    }
}
