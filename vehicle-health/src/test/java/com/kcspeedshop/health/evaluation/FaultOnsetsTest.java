package com.kcspeedshop.health.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.fault.FaultType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultOnsetsTest {

    private static final long T0 = Instant.parse("2026-11-26T08:00:00Z").toEpochMilli();

    /**
     * A trip of {@code seconds} with one RPM, speed and coolant reading a second: engine running throughout, driving at
     * 30 km/h except a stop from second 300 to 359, coolant 40 degC rising 1 degC every 9 s (80 degC at second 360).
     */
    private static RecordedTrips.Trip trip(int seconds, boolean withStop) {
        List<ObdReading> readings = new ArrayList<>();
        long seq = 0;
        for (int s = 0; s < seconds; s++) {
            Instant at = Instant.ofEpochMilli(T0 + s * 1_000L);
            boolean stopped = withStop && s >= 300 && s < 360;
            readings.add(new ObdReading("KCSEVAL0000000001", "ENGINE_RPM", 800, "rpm", at, "test", seq++));
            readings.add(new ObdReading("KCSEVAL0000000001", "VEHICLE_SPEED", stopped ? 0 : 30, "km/h", at, "test",
                    seq++));
            readings.add(new ObdReading("KCSEVAL0000000001", "COOLANT_TEMP", Math.min(90, 40 + s / 9.0), "degC", at,
                    "test", seq++));
        }
        return new RecordedTrips.Trip("synthetic/drive", Path.of("drive.csv"), "KCSEVAL0000000001", readings);
    }

    @Test
    void shouldStartAFaultFortyPercentIntoTheTripOnceTheEngineRuns() {
        // 600 readings a signal: last at 599 s, 40 % of that is 239.6 s, the first reading at or after it is at 240 s
        FaultOnsets.Choice choice = FaultOnsets.choose(FaultType.VACUUM_LEAK, trip(600, true));
        assertThat(choice.applicable()).isTrue();
        assertThat(choice.atMs() - T0).isEqualTo(240_000);
    }

    @Test
    void shouldWaitForAWarmEngineBeforeAStuckThermostat() {
        FaultOnsets.Choice choice = FaultOnsets.choose(FaultType.THERMOSTAT_STUCK_OPEN, trip(600, true));
        assertThat(choice.atMs() - T0).isEqualTo(360_000);
    }

    @Test
    void shouldStartAMisfireAtAStopThatLastsThirtySeconds() {
        FaultOnsets.Choice choice = FaultOnsets.choose(FaultType.MISFIRE, trip(600, true));
        assertThat(choice.atMs() - T0).isEqualTo(300_000);
        assertThat(FaultOnsets.choose(FaultType.MISFIRE, trip(600, false)).reason())
                .isEqualTo("no stop of 30 s with the engine running after 3 min");
    }

    @Test
    void shouldRefuseATripTooShortToLeaveTheDetectionWindowAfterTheOnset() {
        // 4 min: an onset at 3 min leaves less than the 2 min window
        FaultOnsets.Choice choice = FaultOnsets.choose(FaultType.FAILING_ALTERNATOR, trip(240, true));
        assertThat(choice.applicable()).isFalse();
        assertThat(choice.reason()).startsWith("trip too short");
    }

    @Test
    void shouldSeedEachFaultApart() {
        assertThat(FaultOnsets.seed(FaultType.values()[0])).isEqualTo(FaultOnsets.SEED);
        assertThat(FaultOnsets.seed(FaultType.MISFIRE)).isEqualTo(FaultOnsets.SEED + FaultType.MISFIRE.ordinal());
    }
}
