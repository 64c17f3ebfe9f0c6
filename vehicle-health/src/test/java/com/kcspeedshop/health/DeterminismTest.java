package com.kcspeedshop.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.reference.HealthOutput;
import com.kcspeedshop.health.reference.HealthReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private final VehicleHealthEngine engine = VehicleHealthEngine.defaults();

    private static List<ObdReading> car(String vin, double coolantPeak) {
        Readings r = new Readings(vin);
        for (int s = 0; s < 400; s++) {
            r.at(s + 0.25, "ENGINE_RPM", 1500 + (s % 9) * 20)
                    .at(s + 0.5, "VEHICLE_SPEED", 50)
                    .at(s + 0.75, "COOLANT_TEMP", Math.min(coolantPeak, 60 + s * 0.3));
        }
        return r.list();
    }

    @Test
    void shouldGiveEachVehicleTheSameOutputsHoweverVehiclesAreInterleaved() {
        List<ObdReading> a = car(Readings.VIN, 112);
        List<ObdReading> b = car(Readings.VIN_2, 95);
        List<HealthOutput> alone = new ArrayList<>(Readings.run(engine, a));
        alone.addAll(Readings.run(engine, b));
        // round-robin interleaving, and the reverse of the order the vehicles appear in
        List<ObdReading> mixed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            mixed.add(b.get(i));
            mixed.add(a.get(i));
        }
        List<HealthOutput> interleaved = Readings.run(engine, mixed);
        assertThat(interleaved).containsExactlyInAnyOrderElementsOf(alone);
        assertThat(interleaved.stream().filter(o -> o.vin().equals(Readings.VIN)).toList())
                .isEqualTo(alone.stream().filter(o -> o.vin().equals(Readings.VIN)).toList());
        assertThat(Readings.run(engine, mixed)).isEqualTo(interleaved);
    }

    @Test
    void shouldEmitScoresAtTenSecondEpochBoundariesForTheFinishedInterval() {
        List<HealthScore> scores = HealthReference.scores(Readings.run(engine, car(Readings.VIN, 95)));
        // readings from 0.25 s to 399.75 s: intervals ending at 10 s .. 390 s are closed by a later reading
        List<HealthScore> overall = scores.stream().filter(s -> s.subsystem().equals("overall")).toList();
        assertThat(overall).hasSize(39);
        for (int i = 0; i < overall.size(); i++) {
            assertThat(overall.get(i).computedAt()).isEqualTo(Readings.T0.plusSeconds(10L * (i + 1)));
        }
        // the car reports coolant only, so cooling and overall are the only subsystems scored
        assertThat(scores).extracting(HealthScore::subsystem).containsOnly("cooling", "overall");
    }

    @Test
    void shouldScoreTheLastIntervalOnFlush() {
        VehicleHealthState state = new VehicleHealthState();
        List<HealthOutput> out = new ArrayList<>();
        engine.onReading(state, Readings.of().at(3, "COOLANT_TEMP", 90).list().get(0), HealthReference.sink(out));
        engine.flush(state, Readings.T0.plusSeconds(9), HealthReference.sink(out));
        assertThat(out).isEmpty();
        engine.flush(state, Readings.T0.plusSeconds(10), HealthReference.sink(out));
        assertThat(HealthReference.scores(out)).extracting(HealthScore::subsystem)
                .containsExactly("cooling", "overall");
    }

    @Test
    void shouldCountALateReadingInTheIntervalInProgress() {
        Readings r = Readings.of();
        for (int s = 0; s < 20; s++) {
            r.at(s, "COOLANT_TEMP", 90);
        }
        r.at(20, "ENGINE_RPM", 0); // opens the interval 20-30 s
        r.at(5, "COOLANT_TEMP", 200); // late: its interval (0-10 s) was scored already
        for (int s = 21; s < 45; s++) {
            r.at(s, "COOLANT_TEMP", 90);
        }
        VehicleHealthState state = new VehicleHealthState();
        List<HealthOutput> out = new ArrayList<>();
        r.list().forEach(reading -> engine.onReading(state, reading, HealthReference.sink(out)));
        assertThat(state.lateReadings()).isEqualTo(1);
        List<HealthScore> cooling = HealthReference.scores(out).stream()
                .filter(s -> s.subsystem().equals("cooling")).toList();
        assertThat(cooling).extracting(s -> s.computedAt().getEpochSecond() - Readings.T0.getEpochSecond())
                .containsExactly(10L, 20L, 30L, 40L);
        // interval 20-30 s: the late 200 and nine readings of 90, mean 101 degC: (101 - 100) / 20 x 60 = 3 points
        assertThat(cooling).extracting(HealthScore::score).containsExactly(100.0, 100.0, 97.0, 100.0);
    }
}
