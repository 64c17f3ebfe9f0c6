package com.kcspeedshop.health.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.Readings;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private static final Instant ONSET = Readings.T0.plusSeconds(100);

    /** 300 s of a warm car at 60 % load, every signal the faults touch, once a second. */
    private static List<ObdReading> trip() {
        Readings r = Readings.of();
        for (int s = 0; s < 300; s++) {
            r.at(s, "ENGINE_RPM", 800).at(s, "VEHICLE_SPEED", 0).at(s, "COOLANT_TEMP", 90)
                    .at(s, "ENGINE_LOAD", 60).at(s, "SHORT_FUEL_TRIM_1", 1).at(s, "LONG_FUEL_TRIM_1", 2)
                    .at(s, "CONTROL_MODULE_VOLTAGE", 14.2);
        }
        return r.list();
    }

    private static double value(List<ObdReading> readings, String signal, int second) {
        Instant at = Readings.T0.plusSeconds(second);
        return readings.stream().filter(r -> r.signal().equals(signal) && r.capturedAt().equals(at)).findFirst()
                .orElseThrow().value();
    }

    private static List<ObdReading> inject(FaultType type) {
        return FaultInjector.inject(trip(), FaultSpec.of(type, ONSET, 42));
    }

    @Test
    void shouldLeaveEverythingBeforeTheOnsetAndEveryUntouchedSignalAlone() {
        List<ObdReading> original = trip();
        for (FaultType type : FaultType.values()) {
            List<ObdReading> faulty = inject(type);
            assertThat(faulty).hasSameSizeAs(original);
            IntStream.range(0, original.size()).forEach(i -> {
                ObdReading o = original.get(i);
                boolean touched = !o.capturedAt().isBefore(ONSET) && switch (type) {
                    case COOLANT_SENSOR_DRIFT, THERMOSTAT_STUCK_OPEN -> o.signal().equals("COOLANT_TEMP");
                    case VACUUM_LEAK -> o.signal().endsWith("FUEL_TRIM_1");
                    case FAILING_ALTERNATOR -> o.signal().equals("CONTROL_MODULE_VOLTAGE");
                    case MISFIRE -> o.signal().equals("ENGINE_RPM");
                };
                if (!touched) {
                    assertThat(faulty.get(i)).as(type + " " + o).isEqualTo(o);
                }
            });
        }
    }

    @Test
    void shouldDriftTheCoolantReadingAtTheDocumentedRate() {
        List<ObdReading> f = inject(FaultType.COOLANT_SENSOR_DRIFT);
        assertThat(value(f, "COOLANT_TEMP", 100)).isEqualTo(90);
        assertThat(value(f, "COOLANT_TEMP", 160)).isCloseTo(105, within(1e-9)); // 15 degC/min
        assertThat(value(f, "COOLANT_TEMP", 299)).isCloseTo(130, within(1e-9)); // capped at +40
    }

    @Test
    void shouldLetTheCoolantRelaxTowardsTheUnregulatedEquilibrium() {
        List<ObdReading> f = inject(FaultType.THERMOSTAT_STUCK_OPEN);
        // 55 + (90 - 55) * e^-1 one time constant (60 s) after onset
        assertThat(value(f, "COOLANT_TEMP", 160)).isCloseTo(55 + 35 * Math.exp(-1), within(1e-9));
        assertThat(value(f, "COOLANT_TEMP", 299)).isLessThan(60);
    }

    @Test
    void shouldShiftTotalFuelTrimFromShortToLongTerm() {
        List<ObdReading> f = inject(FaultType.VACUUM_LEAK);
        double shift = 20 * (1 - 0.25 * 0.6); // 17 % at 60 % load
        double atOnset = value(f, "SHORT_FUEL_TRIM_1", 100) + value(f, "LONG_FUEL_TRIM_1", 100);
        double later = value(f, "SHORT_FUEL_TRIM_1", 280) + value(f, "LONG_FUEL_TRIM_1", 280);
        assertThat(atOnset).isCloseTo(3 + shift, within(1e-9));
        assertThat(later).isCloseTo(3 + shift, within(1e-9));
        assertThat(value(f, "LONG_FUEL_TRIM_1", 280) - 2).isGreaterThan(0.9 * shift); // long term took it over
    }

    @Test
    void shouldDropTheSystemVoltageToTheSaggingBattery() {
        List<ObdReading> f = inject(FaultType.FAILING_ALTERNATOR);
        assertThat(value(f, "CONTROL_MODULE_VOLTAGE", 100)).isEqualTo(12.5);
        assertThat(value(f, "CONTROL_MODULE_VOLTAGE", 220)).isCloseTo(12.3, within(1e-9)); // 0.1 V/min
    }

    @Test
    void shouldMakeRpmDipReproduciblyForTheSameSeed() {
        List<ObdReading> a = inject(FaultType.MISFIRE);
        List<ObdReading> b = inject(FaultType.MISFIRE);
        List<ObdReading> c = FaultInjector.inject(trip(), FaultSpec.of(FaultType.MISFIRE, ONSET, 43));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        List<Double> rpm = a.stream().filter(r -> r.signal().equals("ENGINE_RPM") && !r.capturedAt().isBefore(ONSET))
                .map(ObdReading::value).toList();
        long dips = rpm.stream().filter(v -> v < 800).count();
        assertThat(dips).isBetween(70L, 130L); // about half of 200 samples
        assertThat(rpm).allSatisfy(v -> assertThat(v).isBetween(800 - 250.0, 800.0));
    }

    @Test
    void shouldCallAFaultWhoseSignalsATripLacksNotApplicable() {
        List<ObdReading> noVoltage = trip().stream().filter(r -> !r.signal().equals("CONTROL_MODULE_VOLTAGE"))
                .toList();
        assertThat(FaultInjector.applicable(FaultType.FAILING_ALTERNATOR, noVoltage)).isFalse();
        assertThat(FaultInjector.applicable(FaultType.MISFIRE, noVoltage)).isTrue();
        assertThatThrownBy(() -> FaultInjector.inject(noVoltage, FaultSpec.of(FaultType.FAILING_ALTERNATOR, ONSET, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not applicable");
    }

    @Test
    void shouldRefuseANonsensicalMagnitude() {
        assertThatThrownBy(() -> new FaultSpec(FaultType.MISFIRE, ONSET, -1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("magnitude");
    }
}
