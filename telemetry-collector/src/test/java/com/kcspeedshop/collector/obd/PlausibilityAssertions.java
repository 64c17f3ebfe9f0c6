package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Shared base of the decoder tests: every measured value a decoder produces must be physically plausible, checked
 * three ways: against the range its table row declares, against the range SAE J1979 gives the signals the running
 * platform relies on (written out here independently of the table), and against a per-unit envelope no OBD-II PID can
 * leave ({@link Plausibility#unitEnvelope}, shared with the live path). Decoder tests feed any byte, so they check what
 * can be <em>encoded</em>; the live path also applies {@link Plausibility}'s narrower physical ranges.
 */
abstract class PlausibilityAssertions {

    /** J1979 ranges of the signals the platform already consumes, typed in from the standard, not from the table. */
    static final Map<String, double[]> PLATFORM_RANGES = Map.of(
            "ENGINE_RPM", new double[] {0, 16383.75},
            "COOLANT_TEMP", new double[] {-40, 215},
            "VEHICLE_SPEED", new double[] {0, 255},
            "CONTROL_MODULE_VOLTAGE", new double[] {0, 65.535},
            "ENGINE_LOAD", new double[] {0, 100},
            "SHORT_FUEL_TRIM_1", new double[] {-100, 99.21875},
            "LONG_FUEL_TRIM_1", new double[] {-100, 99.21875},
            "INTAKE_AIR_TEMP", new double[] {-40, 215},
            "THROTTLE_POS", new double[] {0, 100});

    static void assertPlausible(List<? extends ObdDecodeResult> results) {
        for (ObdDecodeResult result : results) {
            if (result instanceof PidValues values) {
                values.values().stream().filter(DecodedValue::isMeasured).forEach(v -> assertPlausible(values, v));
            }
            if (result instanceof VehicleInfo info) {
                info.counters().forEach(c -> assertThat(c.value()).as(c.name()).isBetween(0.0, 65535.0));
            }
        }
    }

    private static void assertPlausible(PidValues owner, DecodedValue value) {
        String where = String.format("%s of PID 0x%02X from %s", value.name(), owner.pid(), owner.ecu());
        assertThat(value.name()).as(where).matches("[A-Z0-9]+(_[A-Z0-9]+)*");
        assertThat(Double.isFinite(value.value())).as(where + " is finite").isTrue();
        SignalSpec spec = PidTable.signal(value.name());
        assertThat(spec).as(where + " is a table signal").isNotNull();
        assertThat(value.unit()).as(where).isEqualTo(spec.unit());
        assertThat(value.value()).as(where + " within its declared range").isBetween(spec.min(), spec.max());
        double[] platform = PLATFORM_RANGES.get(value.name());
        if (platform != null) {
            assertThat(value.value()).as(where + " within J1979's range").isBetween(platform[0], platform[1]);
        }
        double[] envelope = Plausibility.unitEnvelope(value.unit());
        assertThat(envelope).as("an envelope for unit " + value.unit()).isNotNull();
        assertThat(value.value()).as(where + " within the " + value.unit() + " envelope")
                .isBetween(envelope[0], envelope[1]);
    }

    static byte[] hex(String text) {
        return Hex.parse(text);
    }
}
