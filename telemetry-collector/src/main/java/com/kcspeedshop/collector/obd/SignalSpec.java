package com.kcspeedshop.collector.obd;

/**
 * One numeric signal of a PID: name, unit, the physical range its formula can produce, and the formula. A formula
 * returns NaN when the ECU marks the value as absent (a support bit is clear, or 0xFF means "not used").
 */
record SignalSpec(String name, String unit, double min, double max, Formula formula) {

    /** Raw data bytes to a physical value. */
    @FunctionalInterface
    interface Formula {
        double of(PidData data);
    }

    /** {@code scale * raw + offset}, raw being {@code bytes} unsigned bytes at {@code at}; the range follows. */
    static SignalSpec linear(String name, String unit, int at, int bytes, double scale, double offset) {
        double rawMax = bytes == 4 ? 4294967295.0 : (1L << (8 * bytes)) - 1;
        Formula formula = switch (bytes) {
            case 1 -> d -> d.u8(at) * scale + offset;
            case 2 -> d -> d.u16(at) * scale + offset;
            case 4 -> d -> d.u32(at) * scale + offset;
            default -> throw new IllegalArgumentException("no " + bytes + "-byte raw values on the wire");
        };
        return new SignalSpec(name, unit, offset, rawMax * scale + offset, formula);
    }

    /** {@code scale * raw}, raw being a signed 16-bit number at {@code at}. */
    static SignalSpec signed16(String name, String unit, int at, double scale) {
        return new SignalSpec(name, unit, -32768 * scale, 32767 * scale, d -> d.s16(at) * scale);
    }

    /** A*100/255 at {@code at}: 0..100 %. */
    static SignalSpec percent(String name, int at) {
        return linear(name, "%", at, 1, 100.0 / 255, 0);
    }

    /** A*100/128 - 100 at {@code at}: fuel trims and EGR error, -100..99.2 %. */
    static SignalSpec trim(String name, int at) {
        return linear(name, "%", at, 1, 100.0 / 128, -100);
    }

    /** A - 40 at {@code at}: -40..215 degC. */
    static SignalSpec temp(String name, int at) {
        return linear(name, "degC", at, 1, 1, -40);
    }

    /** (256A+B)/10 - 40 at {@code at}: -40..6513.5 degC (catalyst, exhaust gas, DPF). */
    static SignalSpec temp16(String name, int at) {
        return linear(name, "degC", at, 2, 0.1, -40);
    }

    /** A - 125 at {@code at}: torque percentages, -125..130 %. */
    static SignalSpec torque(String name, int at) {
        return linear(name, "%", at, 1, 1, -125);
    }

    /** This signal, present only when bit {@code bit} of byte A (the PID's support byte) is set. */
    SignalSpec ifSupported(int bit) {
        Formula inner = formula;
        return new SignalSpec(name, unit, min, max, d -> d.bit(0, bit) ? inner.of(d) : Double.NaN);
    }

    /** This signal, absent when byte {@code at} holds {@code raw} (e.g. 0xFF "not used"). */
    SignalSpec absentWhen(int at, int raw) {
        Formula inner = formula;
        return new SignalSpec(name, unit, min, max, d -> d.u8(at) == raw ? Double.NaN : inner.of(d));
    }
}
