package com.kcspeedshop.datasets.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Both readers on real, unedited trip logs (row counts from the dataset README's checksum table). */
class TripLogReaderTest {

    /** Physical ranges per signal (PID table ranges, narrowed to a passenger car). */
    private static final Map<String, double[]> PLAUSIBLE = Map.ofEntries(
            Map.entry("ENGINE_RPM", new double[] {0, 8000}), Map.entry("VEHICLE_SPEED", new double[] {0, 250}),
            Map.entry("COOLANT_TEMP", new double[] {-40, 130}), Map.entry("INTAKE_AIR_TEMP", new double[] {-40, 80}),
            Map.entry("AMBIENT_AIR_TEMP", new double[] {-40, 60}), Map.entry("INTAKE_MAP", new double[] {10, 255}),
            Map.entry("MAF_RATE", new double[] {0, 655.35}), Map.entry("CONTROL_MODULE_VOLTAGE", new double[] {0, 16}),
            Map.entry("SHORT_FUEL_TRIM_1", new double[] {-100, 99.3}),
            Map.entry("LONG_FUEL_TRIM_1", new double[] {-100, 99.3}),
            Map.entry("CATALYST_TEMP_B1S1", new double[] {-40, 1200}), Map.entry("RUN_TIME", new double[] {0, 65535}));
    private static final Set<String> PERCENT_SIGNALS = Set.of("THROTTLE_POS", "ENGINE_LOAD", "ACCEL_PEDAL_POS_D",
            "ACCEL_PEDAL_POS_E", "FUEL_TANK_LEVEL", "THROTTLE_POS_B", "RELATIVE_THROTTLE_POS",
            "COMMANDED_THROTTLE_ACTUATOR", "COMMANDED_EVAP_PURGE");

    @Test
    void shouldReadAKitLogEmittingOnlyNewOrChangedValues() throws Exception {
        Path file = RealLogs.kit("2018-02-20_Seat_Leon_KA_KA_Frei.csv");

        TripLog log = TripLogReader.read(file, null);

        assertThat(log.format()).isEqualTo(TripLogFormat.KIT);
        assertThat(log.rows()).isEqualTo(8903);
        assertThat(log.skipped()).isEmpty();
        // row 2 "19:23:27.775,16,,,...": only the coolant temperature was read yet
        RecordedReading first = log.readings().get(0);
        assertThat(first.signal()).isEqualTo("COOLANT_TEMP");
        assertThat(first.value()).isEqualTo(16.0);
        assertThat(first.unit()).isEqualTo("degC");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.recordedAt()).isEqualTo(LocalDateTime.parse("2018-02-20T19:23:27.775")
                .atZone(KitLogReader.ZONE).toInstant());
        // row 3 adds the manifold pressure and repeats the coolant: one reading only
        assertThat(log.readings().get(1)).extracting(RecordedReading::signal, RecordedReading::line)
                .containsExactly("INTAKE_MAP", 3L);
        // round-robin polling: far fewer readings than rows x columns, and never the same value twice in a row
        assertThat(log.readings().size()).isBetween(1000, 8903 * 3);
        assertNoRepeatedValuePerSignal(log.readings());
        assertThat(signals(log)).containsExactlyInAnyOrder("COOLANT_TEMP", "INTAKE_MAP", "ENGINE_RPM",
                "VEHICLE_SPEED", "INTAKE_AIR_TEMP", "MAF_RATE", "THROTTLE_POS", "AMBIENT_AIR_TEMP",
                "ACCEL_PEDAL_POS_D", "ACCEL_PEDAL_POS_E");
        assertPlausible(log);
        assertInRecordedOrder(log);
    }

    @Test
    void shouldReadAKitLogWithCrlfLineEndsAndDoublyMisEncodedHeaders() throws Exception {
        TripLog log = TripLogReader.read(RealLogs.kit("2017-07-14_Seat_Leon_KA_KA_Frei.csv"), TripLogFormat.KIT);

        assertThat(log.rows()).isEqualTo(6829);
        assertThat(log.skipped()).isEmpty();
        assertThat(signals(log)).contains("COOLANT_TEMP", "INTAKE_AIR_TEMP", "AMBIENT_AIR_TEMP");
        assertPlausible(log);
    }

    @Test
    void shouldReadACarObdLogWithEveryMappedValueOfEveryRow() throws Exception {
        TripLog log = TripLogReader.read(RealLogs.carObd("drive7.csv"), null);

        assertThat(log.format()).isEqualTo(TripLogFormat.CAROBD);
        assertThat(log.rows()).isEqualTo(557);
        assertThat(log.skipped()).isEmpty();
        assertThat(log.readings()).hasSize(557 * 25); // 27 columns, equivalence ratio and warm-ups not replayed
        assertThat(signals(log)).doesNotContain("COMMANDED_EQUIV_RATIO", "WARMUPS_SINCE_DTC_CLEAR")
                .contains("ENGINE_RPM", "COOLANT_TEMP", "CONTROL_MODULE_VOLTAGE", "LONG_FUEL_TRIM_1", "RUN_TIME");
        RecordedReading voltage = log.readings().stream().filter(r -> r.signal().equals("CONTROL_MODULE_VOLTAGE"))
                .findFirst().orElseThrow();
        assertThat(voltage.value()).isCloseTo(12.539, within(1e-9)); // row 2 of drive7.csv
        assertThat(voltage.unit()).isEqualTo("V");
        assertThat(log.readings().get(0).recordedAt()).isEqualTo(TripLogReader.CAROBD_DEFAULT_START);
        assertPlausible(log);
        assertInRecordedOrder(log);
    }

    @Test
    void shouldSpreadCarObdRowsSharingARunTimeSecond() throws Exception {
        Instant start = Instant.parse("2020-05-01T10:00:00Z");
        TripLog log = TripLogReader.read(RealLogs.carObd("drive7.csv"), TripLogFormat.CAROBD, start);

        List<Instant> rowTimes = log.readings().stream().filter(r -> r.signal().equals("RUN_TIME"))
                .map(RecordedReading::recordedAt).toList();
        List<Double> runTimes = log.readings().stream().filter(r -> r.signal().equals("RUN_TIME"))
                .map(RecordedReading::value).toList();
        double lastRunTime = runTimes.get(runTimes.size() - 1);
        assertThat(rowTimes.get(rowTimes.size() - 1)).isBetween(start.plusSeconds((long) lastRunTime),
                start.plusSeconds((long) lastRunTime + 1));
        assertThat(rowTimes.get(8)).isEqualTo(start.plusSeconds(1)); // line 10: the first row with run time 1 s
        assertThat(rowTimes.get(9)).isEqualTo(start.plusMillis(1500));
    }

    @Test
    void shouldSkipTheTruncatedLastRowOfARealCarObdLog() throws Exception {
        TripLog log = TripLogReader.read(RealLogs.carObd("idle1.csv"), null);

        assertThat(log.rows()).isEqualTo(1213);
        assertThat(log.skipped()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(1214);
            assertThat(row.reason()).contains("got 17 fields");
        });
        assertThat(log.readings()).hasSize(1212 * 25);
    }

    private static Set<String> signals(TripLog log) {
        return log.readings().stream().map(RecordedReading::signal).collect(Collectors.toSet());
    }

    private static void assertPlausible(TripLog log) {
        for (RecordedReading reading : log.readings()) {
            double[] range = PERCENT_SIGNALS.contains(reading.signal()) ? new double[] {0, 100}
                    : PLAUSIBLE.get(reading.signal());
            if (range != null) {
                assertThat(reading.value()).as("%s line %d", reading.signal(), reading.line())
                        .isBetween(range[0], range[1]);
            }
        }
    }

    private static void assertInRecordedOrder(TripLog log) {
        for (int i = 1; i < log.readings().size(); i++) {
            assertThat(log.readings().get(i).recordedAt()).as("reading %d", i)
                    .isAfterOrEqualTo(log.readings().get(i - 1).recordedAt());
        }
    }

    private static void assertNoRepeatedValuePerSignal(List<RecordedReading> readings) {
        Map<String, Double> last = new HashMap<>();
        for (RecordedReading reading : readings) {
            assertThat(reading.value()).as("%s line %d", reading.signal(), reading.line())
                    .isNotEqualTo(last.get(reading.signal()));
            last.put(reading.signal(), reading.value());
        }
    }
}
