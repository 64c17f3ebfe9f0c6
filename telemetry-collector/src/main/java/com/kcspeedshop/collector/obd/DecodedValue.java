package com.kcspeedshop.collector.obd;

/**
 * One named value out of a PID's data bytes.
 *
 * <p>A <em>measured</em> value is a physical quantity ({@code text} is null). A <em>state</em> is a bit-encoded or
 * enumerated field: {@code value} holds its code on the wire and {@code text} what the code means (e.g. fuel type 1 →
 * "Gasoline"); its unit is empty.
 *
 * @param name  UPPER_SNAKE signal name, e.g. {@code ENGINE_RPM}
 * @param value scaled physical value, or the code of a state
 * @param unit  short ASCII unit ({@code rpm}, {@code degC}, {@code %} ...), empty for states
 * @param text  meaning of a state, null for measured values
 */
public record DecodedValue(String name, double value, String unit, String text) {

    /** A physical value. */
    public static DecodedValue measured(String name, double value, String unit) {
        return new DecodedValue(name, value, unit, null);
    }

    /** An enumerated or bit-encoded field. */
    public static DecodedValue state(String name, int code, String text) {
        return new DecodedValue(name, code, "", text);
    }

    /** True for physical values, false for states. */
    public boolean isMeasured() {
        return text == null;
    }
}
