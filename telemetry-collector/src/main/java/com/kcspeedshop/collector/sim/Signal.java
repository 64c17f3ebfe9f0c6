package com.kcspeedshop.collector.sim;

/**
 * The signals the simulator emits: wire name ({@link #name()}), unit, the range every simulated value stays in, and the
 * resolution of the OBD-II PID that carries it, so simulated values look exactly like decoded ELM327 answers.
 */
public enum Signal {
    /** PID 0C: (256A+B)/4. Cranking ~150-300, idle 650-900, never above the simulated rev limit. */
    ENGINE_RPM("rpm", 0, 5500, 0.25, 0),
    /** PID 0D: A, whole km/h. */
    VEHICLE_SPEED("km/h", 0, 180, 1, 0),
    /** PID 05: A-40, whole degrees. Starts at ambient, plateaus at the thermostat (88-95) once warm. */
    COOLANT_TEMP("degC", -30, 95, 1, -40),
    /** PID 42: (256A+B)/1000. Resting battery 12.2-12.7, cranking dip, 13.8-14.5 while the alternator charges. */
    CONTROL_MODULE_VOLTAGE("V", 9.0, 14.5, 0.001, 0),
    /** PID 06: A*100/128-100. Closed-loop correction, noise around 0; 0 in open loop. */
    SHORT_FUEL_TRIM_1("%", -10, 10, 100.0 / 128, -100),
    /** PID 07: A*100/128-100. Learned correction, drifts slowly per car. */
    LONG_FUEL_TRIM_1("%", -5, 5, 100.0 / 128, -100),
    /** PID 04: A*100/255. */
    ENGINE_LOAD("%", 0, 100, 100.0 / 255, 0);

    private final String unit;
    private final double min;
    private final double max;
    private final double resolution;
    private final double offset;

    Signal(String unit, double min, double max, double resolution, double offset) {
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.resolution = resolution;
        this.offset = offset;
    }

    public String unit() {
        return unit;
    }

    /** Smallest value the simulator emits for this signal. */
    public double min() {
        return min;
    }

    /** Largest value the simulator emits for this signal. */
    public double max() {
        return max;
    }

    /** Step of the PID's encoding; every emitted value is {@code offset + k * resolution}. */
    public double resolution() {
        return resolution;
    }

    /**
     * Rounds a physical value to what the PID can carry, kept inside [min, max]. Stepping inward rather than clamping
     * keeps the value on the PID's grid, like a real decoded answer.
     */
    double quantize(double raw) {
        double clamped = Math.max(min, Math.min(max, raw));
        double value = offset + Math.round((clamped - offset) / resolution) * resolution;
        // tolerance: 100/255 and 0.001 are not exact in binary, so k steps can land a hair outside the range
        if (value > max + 1e-9) {
            value -= resolution;
        } else if (value < min - 1e-9) {
            value += resolution;
        }
        return Math.max(min, Math.min(max, Math.round(value * 1e6) / 1e6));
    }

    double read(CarState state) {
        return switch (this) {
            case ENGINE_RPM -> state.rpm();
            case VEHICLE_SPEED -> state.speedKmh();
            case COOLANT_TEMP -> state.coolantC();
            case CONTROL_MODULE_VOLTAGE -> state.volts();
            case SHORT_FUEL_TRIM_1 -> state.shortTrimPct();
            case LONG_FUEL_TRIM_1 -> state.longTrimPct();
            case ENGINE_LOAD -> state.loadPct();
        };
    }
}
