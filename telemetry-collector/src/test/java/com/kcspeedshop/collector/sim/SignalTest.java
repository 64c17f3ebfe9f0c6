package com.kcspeedshop.collector.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignalTest {

    @Test
    void shouldRoundToThePidsResolution() {
        assertThat(Signal.ENGINE_RPM.quantize(812.37)).isEqualTo(812.25);
        assertThat(Signal.COOLANT_TEMP.quantize(88.6)).isEqualTo(89.0);
        assertThat(Signal.SHORT_FUEL_TRIM_1.quantize(0.5)).isEqualTo(0.78125);
        assertThat(Signal.SHORT_FUEL_TRIM_1.quantize(0.2)).isEqualTo(0.0);
        assertThat(Signal.CONTROL_MODULE_VOLTAGE.quantize(14.12345)).isEqualTo(14.123);
    }

    @Test
    void shouldStepInsideTheRangeInsteadOfLeavingTheGrid() {
        // +10 % is not on the 100/128 grid; the nearest grid value above it would leave the range
        double trim = Signal.SHORT_FUEL_TRIM_1.quantize(10.0);
        assertThat(trim).isLessThanOrEqualTo(10.0).isGreaterThan(9.0);
        assertThat((trim + 100) / (100.0 / 128)).isCloseTo(Math.rint((trim + 100) / (100.0 / 128)),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Signal.ENGINE_LOAD.quantize(-3)).isEqualTo(0.0);
        assertThat(Signal.VEHICLE_SPEED.quantize(181)).isEqualTo(180.0);
    }

    @Test
    void shouldUseTheUnitsTheWireContractNames() {
        assertThat(Signal.ENGINE_RPM.unit()).isEqualTo("rpm");
        assertThat(Signal.VEHICLE_SPEED.unit()).isEqualTo("km/h");
        assertThat(Signal.COOLANT_TEMP.unit()).isEqualTo("degC");
        assertThat(Signal.CONTROL_MODULE_VOLTAGE.unit()).isEqualTo("V");
        assertThat(Signal.SHORT_FUEL_TRIM_1.unit()).isEqualTo("%");
        assertThat(Signal.LONG_FUEL_TRIM_1.unit()).isEqualTo("%");
        assertThat(Signal.ENGINE_LOAD.unit()).isEqualTo("%");
    }
}
