package com.kcspeedshop.datasets.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made logs with one fault per row: each bad row is skipped and counted with its line, the rest replayed. */
class BadRowsTest {

    private static final String KIT_HEADER = "Time,Engine Coolant Temperature [\u00c2\u00b0C],Engine RPM [RPM],"
            + "Vehicle Speed Sensor [km/h]\n";
    private static final String CAROBD_HEADER = "ENGINE_RUN_TINE (),ENGINE_RPM (),COOLANT_TEMPERATURE ()\r\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        // the KIT header's mis-encoding: UTF-8 bytes of "Â°C", as in the real files
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void shouldSkipCountAndLocateEveryBadKitRow() throws Exception {
        Path file = write("2018-02-20_Seat_Leon_KA_KA_Test.csv", KIT_HEADER
                + "23:59:59.900,80,800.0,\n"      // line 2: good, speed not read yet
                + "23:59:59.950,80,abc,0.0\n"     // line 3: RPM not a number
                + "12:00,80,800.0\n"              // line 4: too few fields
                + "noon,80,800.0,0.0\n"           // line 5: bad time
                + "\n"                            // line 6: blank, ignored
                + "00:00:00.050,81,800.0,0.0\n"); // line 7: good, after midnight: next day

        TripLog log = TripLogReader.read(file, TripLogFormat.KIT);

        assertThat(log.rows()).isEqualTo(5);
        assertThat(log.skipped()).extracting(SkippedRow::line).containsExactly(3L, 4L, 5L);
        assertThat(log.skipped().get(0).reason()).isEqualTo("ENGINE_RPM: 'abc' is not a number");
        assertThat(log.skipped().get(1).reason()).isEqualTo("expected 4 fields, got 3");
        assertThat(log.skipped().get(2).reason()).contains("'noon' is not hh:mm:ss.mmm");
        // line 2: coolant and RPM; line 7: coolant changed, speed newly read, RPM unchanged
        assertThat(log.readings()).extracting(RecordedReading::signal, RecordedReading::line).containsExactly(
                tuple("COOLANT_TEMP", 2L), tuple("ENGINE_RPM", 2L),
                tuple("COOLANT_TEMP", 7L),
                tuple("VEHICLE_SPEED", 7L));
        assertThat(log.readings().get(3).recordedAt()).isEqualTo(LocalDateTime.parse("2018-02-21T00:00:00.050").atZone(KitLogReader.ZONE).toInstant());
    }

    @Test
    void shouldSkipCountAndLocateEveryBadCarObdRow() throws Exception {
        Path file = write("handmade.csv", CAROBD_HEADER
                + "0.000000, 800.000000, 37.000000,\r\n"  // line 2: good
                + "1.000000, 810.000000,\r\n"             // line 3: truncated
                + "1.000000, NaN, 37.000000,\r\n"         // line 4: not finite
                + "-1.000000, 800.000000, 37.000000,\r\n" // line 5: negative run time
                + "2.000000, 820.000000, 38.000000,\r\n"  // line 6: good
                + "0.000000, 820.000000, 38.000000,\r\n"  // line 7: run time went back
                + "3.000000, 830.000000, 38.000000\r\n"); // line 8: good, no trailing comma

        TripLog log = TripLogReader.read(file, null);

        assertThat(log.format()).isEqualTo(TripLogFormat.CAROBD);
        assertThat(log.rows()).isEqualTo(7);
        assertThat(log.skipped()).extracting(SkippedRow::line).containsExactly(3L, 4L, 5L, 7L);
        assertThat(log.skipped().get(1).reason()).isEqualTo("ENGINE_RPM: 'NaN' is not a number");
        assertThat(log.skipped().get(3).reason()).contains("went back");
        assertThat(log.readings()).hasSize(3 * 3);
    }

    @Test
    void shouldRejectUnusableFilesWithAClearMessage() throws Exception {
        Path noDate = write("trip.csv", KIT_HEADER + "10:00:00.000,80,800.0,0.0\n");
        Path unknown = write("other.csv", "timestamp,rpm\n1,800\n");
        Path badColumn = write("drive.csv", "ENGINE_RUN_TINE (),OIL_PRESSURE ()\r\n0, 1,\r\n");

        assertThatThrownBy(() -> TripLogReader.read(noDate, TripLogFormat.KIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with its date");
        assertThatThrownBy(() -> TripLogReader.read(unknown, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--format");
        assertThatThrownBy(() -> TripLogReader.read(badColumn, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OIL_PRESSURE");
        assertThatThrownBy(() -> TripLogFormat.parse("csv")).hasMessageContaining("kit, carobd or auto");
    }
}
