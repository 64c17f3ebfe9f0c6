package com.kcspeedshop.collector.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Steps a fleet through one simulated hour with a fake clock and checks that every reading is physically plausible,
 * alone and next to the same car's previous reading.
 */
class FleetPlausibilityTest {

    private static final int CARS = 12;
    private static final int SECONDS = 3600;
    private static final double RUNNING_RPM = 600;

    /** One car's seven values at one tick. */
    record Sample(Instant at, Map<Signal, Double> values) {
        double get(Signal signal) {
            return values.get(signal);
        }

        boolean engineOff() {
            return get(Signal.ENGINE_RPM) == 0;
        }

        boolean running() {
            return get(Signal.ENGINE_RPM) >= RUNNING_RPM;
        }
    }

    private static List<ObdReading> readings;
    private static Map<String, List<Sample>> samplesByCar;

    @BeforeAll
    static void simulateOneHour() {
        SteppedClock clock = new SteppedClock(Instant.parse("2026-11-25T07:00:00Z"));
        CollectingPublisher publisher = new CollectingPublisher();
        FleetSimulator simulator = new FleetSimulator(SimulatorSettings.defaults(CARS).withSeed(2026), publisher,
                clock);
        for (int i = 0; i < SECONDS; i++) {
            simulator.tick();
            clock.advance(Duration.ofSeconds(1));
        }
        readings = publisher.readings();
        samplesByCar = new LinkedHashMap<>();
        for (int i = 0; i < readings.size(); i += Signal.values().length) {
            Map<Signal, Double> values = new EnumMap<>(Signal.class);
            for (int s = 0; s < Signal.values().length; s++) {
                ObdReading reading = readings.get(i + s);
                values.put(Signal.valueOf(reading.signal()), reading.value());
            }
            ObdReading first = readings.get(i);
            samplesByCar.computeIfAbsent(first.vin(), vin -> new ArrayList<>()).add(new Sample(first.capturedAt(),
                    values));
        }
    }

    @Test
    void shouldKeepEveryValueInItsRangeWithItsUnit() {
        assertThat(readings).hasSize(CARS * SECONDS * 7).allSatisfy(reading -> {
            Signal signal = Signal.valueOf(reading.signal());
            assertThat(reading.unit()).isEqualTo(signal.unit());
            assertThat(reading.value()).as("%s of %s at %s", reading.signal(), reading.vin(), reading.capturedAt())
                    .isBetween(signal.min(), signal.max());
        });
        assertThat(samplesByCar).hasSize(CARS).allSatisfy((vin, samples) -> assertThat(samples).hasSize(SECONDS));
    }

    @Test
    void shouldShowAnEngineThatIsOffOnlyAsStillQuietAndUncharged() {
        forEachSample((vin, sample) -> {
            if (sample.engineOff()) {
                assertThat(sample.get(Signal.VEHICLE_SPEED)).as("speed with engine off").isZero();
                assertThat(sample.get(Signal.ENGINE_LOAD)).as("load with engine off").isZero();
                assertThat(sample.get(Signal.SHORT_FUEL_TRIM_1)).as("short trim with engine off").isZero();
                assertThat(sample.get(Signal.CONTROL_MODULE_VOLTAGE)).as("resting battery").isBetween(12.2, 12.7);
            } else if (!sample.running()) {
                // cranking: the starter pulls the battery down and the car does not move
                assertThat(sample.get(Signal.ENGINE_RPM)).isBetween(150.0, 300.0);
                assertThat(sample.get(Signal.CONTROL_MODULE_VOLTAGE)).isBetween(9.0, 11.0);
                assertThat(sample.get(Signal.VEHICLE_SPEED)).isZero();
            } else {
                assertThat(sample.get(Signal.CONTROL_MODULE_VOLTAGE)).as("charging").isBetween(13.8, 14.5);
            }
        });
    }

    @Test
    void shouldIdleBetween650And900AndTieRpmToSpeedWhenMoving() {
        forEachSample((vin, sample) -> {
            double speed = sample.get(Signal.VEHICLE_SPEED);
            double rpm = sample.get(Signal.ENGINE_RPM);
            if (!sample.running()) {
                return;
            }
            if (speed < 8) {
                assertThat(rpm).as("idle rpm of %s at %s", vin, sample.at()).isBetween(650.0, 900.0);
            } else {
                // between sixth gear (24 rpm per km/h) and first gear (120), never under idle; speed is whole km/h
                assertThat(rpm).as("rpm of %s at %.0f km/h", vin, speed)
                        .isBetween(Math.max(650, (speed - 0.5) * 24), Math.max(900, (speed + 0.5) * 120));
            }
        });
    }

    @Test
    void shouldChangeSpeedAndLearnedTrimOnlyAsFastAsACarCan() {
        forEachPair((vin, previous, sample) -> {
            double speedChange = sample.get(Signal.VEHICLE_SPEED) - previous.get(Signal.VEHICLE_SPEED);
            assertThat(Math.abs(speedChange)).as("km/h per s of %s at %s", vin, sample.at()).isLessThanOrEqualTo(13);
            double trimChange = sample.get(Signal.LONG_FUEL_TRIM_1) - previous.get(Signal.LONG_FUEL_TRIM_1);
            assertThat(Math.abs(trimChange)).as("long trim step").isLessThanOrEqualTo(100.0 / 128 + 1e-9);
        });
    }

    @Test
    void shouldLoadTheEngineWhenAcceleratingAndNotWhenCoasting() {
        forEachTriple((vin, before, sample, after) -> {
            double change = sample.get(Signal.VEHICLE_SPEED) - before.get(Signal.VEHICLE_SPEED);
            double next = after.get(Signal.VEHICLE_SPEED) - sample.get(Signal.VEHICLE_SPEED);
            double load = sample.get(Signal.ENGINE_LOAD);
            if (change >= 3 && next >= 3) {
                assertThat(load).as("load mid-acceleration of %s at %s", vin, sample.at()).isGreaterThanOrEqualTo(30);
            }
            // above creeping speed (8 km/h, plus rounding): below it the clutch is out and the engine idles
            if (change <= -3 && next <= -3 && sample.get(Signal.VEHICLE_SPEED) >= 9) {
                assertThat(load).as("load while braking of %s at %s", vin, sample.at()).isLessThanOrEqualTo(10.5);
            }
        });
    }

    @Test
    void shouldWarmCoolantFromAmbientToAThermostatPlateauAndHoldIt() {
        samplesByCar.forEach((vin, samples) -> {
            assertThat(samples.get(0).get(Signal.COOLANT_TEMP)).as("ambient start").isBetween(-6.0, 31.0);
            boolean warm = false;
            for (int i = 1; i < samples.size(); i++) {
                Sample previous = samples.get(i - 1);
                Sample sample = samples.get(i);
                double coolant = sample.get(Signal.COOLANT_TEMP);
                double drop = previous.get(Signal.COOLANT_TEMP) - coolant;
                if (sample.engineOff()) {
                    warm = false;
                    // (on the tick the engine stops it may still have warmed for part of the second)
                    if (previous.engineOff()) {
                        assertThat(drop).as("a parked engine only cools").isGreaterThanOrEqualTo(0);
                    }
                    continue;
                }
                if (warm) {
                    assertThat(coolant).as("plateau of %s at %s", vin, sample.at()).isBetween(88.0, 95.0);
                    assertThat(drop).as("plateau drop per second").isLessThanOrEqualTo(1);
                }
                warm |= coolant >= 88;
            }
        });
        assertThat(samplesByCar.values()).as("some car warms up within the hour")
                .anySatisfy(samples -> assertThat(samples).anySatisfy(s ->
                        assertThat(s.get(Signal.COOLANT_TEMP)).isGreaterThanOrEqualTo(88)));
    }

    @Test
    void shouldDriveWholeCyclesStartsLightsMotorwaysAndParking() {
        int parked = 0;
        int restarted = 0;
        int stoppedAtLights = 0;
        double topSpeed = 0;
        for (List<Sample> samples : samplesByCar.values()) {
            boolean hasRun = false;
            boolean hasParked = false;
            boolean moved = false;
            for (int i = 1; i < samples.size(); i++) {
                Sample previous = samples.get(i - 1);
                Sample sample = samples.get(i);
                topSpeed = Math.max(topSpeed, sample.get(Signal.VEHICLE_SPEED));
                moved |= sample.get(Signal.VEHICLE_SPEED) > 0;
                if (moved && previous.get(Signal.VEHICLE_SPEED) > 0 && sample.get(Signal.VEHICLE_SPEED) == 0
                        && sample.running()) {
                    stoppedAtLights++;
                }
                if (previous.running() && sample.engineOff()) {
                    parked++;
                    hasParked = true;
                }
                if (hasParked && previous.engineOff() && !sample.engineOff()) {
                    restarted++;
                }
                hasRun |= sample.running();
            }
            assertThat(hasRun).as("every car starts within the hour").isTrue();
        }
        assertThat(stoppedAtLights).isGreaterThan(CARS * 5);
        assertThat(parked).isGreaterThan(CARS / 2);
        assertThat(restarted).isPositive();
        assertThat(topSpeed).isGreaterThan(100);
    }

    @Test
    void shouldKeepShortTrimAroundZeroAndLongTrimsDifferentPerCar() {
        double sum = 0;
        int count = 0;
        for (Map.Entry<String, List<Sample>> car : samplesByCar.entrySet()) {
            for (Sample sample : car.getValue()) {
                if (sample.get(Signal.SHORT_FUEL_TRIM_1) != 0) {
                    sum += sample.get(Signal.SHORT_FUEL_TRIM_1);
                    count++;
                }
            }
        }
        assertThat(count).isPositive();
        assertThat(sum / count).as("mean short trim").isBetween(-1.0, 1.0);
        var longTrims = samplesByCar.values().stream()
                .mapToDouble(samples -> samples.get(samples.size() - 1).get(Signal.LONG_FUEL_TRIM_1))
                .summaryStatistics();
        assertThat(longTrims.getMax() - longTrims.getMin()).as("cars learn different long trims")
                .isGreaterThanOrEqualTo(2);
    }

    private interface SampleCheck {
        void check(String vin, Sample sample);
    }

    private interface PairCheck {
        void check(String vin, Sample previous, Sample sample);
    }

    private interface TripleCheck {
        void check(String vin, Sample before, Sample sample, Sample after);
    }

    private static void forEachSample(SampleCheck check) {
        samplesByCar.forEach((vin, samples) -> samples.forEach(sample -> check.check(vin, sample)));
    }

    private static void forEachPair(PairCheck check) {
        samplesByCar.forEach((vin, samples) -> {
            for (int i = 1; i < samples.size(); i++) {
                check.check(vin, samples.get(i - 1), samples.get(i));
            }
        });
    }

    private static void forEachTriple(TripleCheck check) {
        samplesByCar.forEach((vin, samples) -> {
            for (int i = 1; i + 1 < samples.size(); i++) {
                check.check(vin, samples.get(i - 1), samples.get(i), samples.get(i + 1));
            }
        });
    }
}
