package com.kcspeedshop.health.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureStateTest {

    private final FeatureSettings s = FeatureSettings.DEFAULTS;

    @Test
    void shouldDeriveTotalFuelTrimOnlyFromFreshShortAndLongTrims() {
        FeatureState f = new FeatureState();
        long produced = f.accept(Feature.SHORT_FUEL_TRIM_1, 1_000, 3.1, s);
        assertThat(produced & bit(Feature.TOTAL_FUEL_TRIM_1)).isZero(); // long term unknown yet
        produced = f.accept(Feature.LONG_FUEL_TRIM_1, 1_500, 7.0, s);
        assertThat(produced & bit(Feature.TOTAL_FUEL_TRIM_1)).isNotZero();
        assertThat(f.last(Feature.TOTAL_FUEL_TRIM_1)).isEqualTo(10.1);
        // 10 s later the short-term trim is stale: no total from a fresh long-term trim alone
        produced = f.accept(Feature.LONG_FUEL_TRIM_1, 11_600, 5.0, s);
        assertThat(produced & bit(Feature.TOTAL_FUEL_TRIM_1)).isZero();
    }

    @Test
    void shouldSplitVoltageIntoRestingAndChargingByEngineState() {
        FeatureState f = new FeatureState();
        f.accept(Feature.CONTROL_MODULE_VOLTAGE, 0, 12.6, s);
        assertThat(f.last(Feature.BATTERY_V_ENGINE_OFF)).as("RPM unknown: neither").isNaN();
        f.accept(Feature.ENGINE_RPM, 1_000, 0, s);
        f.accept(Feature.CONTROL_MODULE_VOLTAGE, 1_100, 12.5, s);
        assertThat(f.last(Feature.BATTERY_V_ENGINE_OFF)).isEqualTo(12.5);
        for (int sec = 2; sec <= 40; sec++) {
            f.accept(Feature.ENGINE_RPM, sec * 1_000L, 800, s);
        }
        f.accept(Feature.CONTROL_MODULE_VOLTAGE, 40_100, 14.1, s);
        assertThat(f.last(Feature.BATTERY_V_CHARGING)).isEqualTo(14.1);
        assertThat(f.runMs()).isEqualTo(38_000);
    }

    @Test
    void shouldMeasureIdleJitterOnlyAtASteadyIdle() {
        FeatureState f = new FeatureState();
        double[] rpm = {800, 760, 820, 780};
        for (int sec = 0; sec < 40; sec++) {
            f.accept(Feature.VEHICLE_SPEED, sec * 1_000L, 0, s);
            f.accept(Feature.ENGINE_RPM, sec * 1_000L + 1, rpm[sec % 4], s);
        }
        f.roll(40_000);
        WindowStats w = f.window(Feature.IDLE_RPM_JITTER, 0);
        // steady from 30 s on (running 30 s); 30..39 s: 9 successive differences of 40 or 60 rpm
        assertThat(w.countAt(30_000)).isEqualTo(9);
        assertThat(w.doneMean()).isBetween(40.0, 60.0);
    }

    @Test
    void shouldTrackNothingForSignalsACarDoesNotReport() {
        FeatureState f = new FeatureState();
        f.accept(Feature.COOLANT_TEMP, 0, 90, s);
        f.roll(10_000);
        assertThat(f.window(Feature.TOTAL_FUEL_TRIM_1, 0).doneMean()).isNaN();
        assertThat(f.last(Feature.BATTERY_V_CHARGING)).isNaN();
    }

    private static long bit(Feature f) {
        return 1L << f.ordinal();
    }
}
