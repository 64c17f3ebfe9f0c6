package com.kcspeedshop.collector.obd;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a decoded value can be real, checked three ways: within the range its {@link PidTable} row can encode,
 * within the physical range of the quantity for the signals where that is much narrower than the encoding (a coolant
 * sensor cannot read 215 degC on a running engine; a shorted sensor can), and within the per-unit envelope no OBD-II
 * PID can leave. Used on the live path (the poller drops and counts what fails) and by the decoder tests' shared
 * plausibility base.
 *
 * <p>The physical ranges are this project's engineering limits, each with its reason below; none is taken from another
 * project's table. They are deliberately wide: a value outside is a sensor or transmission fault, never a hard drive.
 */
public final class Plausibility {

    /**
     * Physical ranges of signals whose encoding range is far wider than anything a running vehicle produces. Signals
     * not listed are bounded by their encoding range and the unit envelope only.
     */
    private static final Map<String, double[]> PHYSICAL = Map.of(
            // the highest redline of a production road car is about 12,100 rpm (Gordon Murray T.50, maker's figure)
            "ENGINE_RPM", new double[] {0, 13_000},
            // a pressurised cooling system boils near 125-130 degC; 150 leaves room for a real overheat
            "COOLANT_TEMP", new double[] {-40, 150},
            // engine oil: above ~150 degC it breaks down quickly; 180 leaves room for a real overheat
            "ENGINE_OIL_TEMP", new double[] {-40, 180},
            // intake air, incl. a heat-soaked manifold after a hot stop
            "INTAKE_AIR_TEMP", new double[] {-40, 150},
            // the highest air temperature ever recorded on Earth is 56.7 degC (WMO, Death Valley 1913); sensors near
            // the road surface read warmer, so 70
            "AMBIENT_AIR_TEMP", new double[] {-40, 70},
            // 12 V systems charge at ~14.4 V, 24 V systems at ~28.8 V; 36 V covers both with margin
            "CONTROL_MODULE_VOLTAGE", new double[] {0, 36});

    /** Outer physical envelope per unit over all of J1979 (e.g. temperatures -40 .. 6513.5 degC for 16-bit sensors). */
    private static final Map<String, double[]> UNIT_ENVELOPES = Map.ofEntries(
            Map.entry("degC", new double[] {-40, 6513.5}),
            Map.entry("%", new double[] {-125, 25700}),
            // PID 0x4F states the O2 voltage *scaling maximum*, 1 V per bit, so volts reach 255
            Map.entry("V", new double[] {0, 255}),
            Map.entry("rpm", new double[] {0, 655350}),
            Map.entry("km/h", new double[] {0, 255}),
            Map.entry("kPa", new double[] {0, 655350}),
            Map.entry("Pa", new double[] {-32768, 32767}),
            Map.entry("g/s", new double[] {0, 2550}),
            Map.entry("ratio", new double[] {0, 255}),
            Map.entry("mA", new double[] {-128, 255}),
            Map.entry("deg", new double[] {-210, 302}),
            Map.entry("s", new double[] {0, 4294967295.0}),
            Map.entry("min", new double[] {0, 65535}),
            Map.entry("km", new double[] {0, 429496729.5}),
            Map.entry("count", new double[] {0, 65535}),
            Map.entry("L/h", new double[] {0, 3276.75}),
            Map.entry("Nm", new double[] {0, 65535}),
            Map.entry("ppm", new double[] {0, 65535}),
            Map.entry("kg/h", new double[] {0, 13107}),
            Map.entry("mg/stroke", new double[] {0, 2048}));

    private Plausibility() {
    }

    /**
     * Why {@code value} of {@code signal} in {@code unit} cannot be real, or empty when it can.
     *
     * @param signal a {@link PidTable} signal name; an unknown one is checked against its unit envelope only
     */
    public static Optional<String> problem(String signal, double value, String unit) {
        if (!Double.isFinite(value)) {
            return Optional.of(signal + " is not a finite number: " + value);
        }
        SignalSpec spec = PidTable.signal(signal);
        if (spec != null && (value < spec.min() || value > spec.max())) {
            return outside(signal, value, unit, spec.min(), spec.max(), "its encoding range");
        }
        double[] physical = PHYSICAL.get(signal);
        if (physical != null && (value < physical[0] || value > physical[1])) {
            return outside(signal, value, unit, physical[0], physical[1], "its physical range");
        }
        double[] envelope = UNIT_ENVELOPES.get(unit);
        if (envelope == null) {
            return Optional.of(signal + " has unit '" + unit + "', which no OBD-II PID uses");
        }
        if (value < envelope[0] || value > envelope[1]) {
            return outside(signal, value, unit, envelope[0], envelope[1], "the " + unit + " envelope");
        }
        return Optional.empty();
    }

    /** The physical range of {@code signal}, {@code [min, max]}, or null when only its encoding bounds it. */
    public static double[] physicalRange(String signal) {
        double[] range = PHYSICAL.get(signal);
        return range == null ? null : range.clone();
    }

    /** The envelope of {@code unit}, {@code [min, max]}, or null for a unit no OBD-II PID uses. */
    public static double[] unitEnvelope(String unit) {
        double[] envelope = UNIT_ENVELOPES.get(unit);
        return envelope == null ? null : envelope.clone();
    }

    private static Optional<String> outside(String signal, double value, String unit, double min, double max,
                                            String what) {
        return Optional.of(String.format(Locale.ROOT, "%s = %s %s is outside %s %s..%s", signal, value, unit, what,
                min, max));
    }
}
