package com.kcspeedshop.collector.obd;

/**
 * Unit and Scaling IDs of service 06 test values (SAE J1979 appendix E). 0x01-0x41 are unsigned; 0x81-0xBF are signed
 * (two's complement). Most signed ids are the variant of id - 0x80 with the same unit and resolution and without the
 * unsigned offset. 0x87, 0x99, 0xAE, 0xB0 and 0xB1 are not: J1979 gives them units of their own, and until we have a
 * licence-clean source for those (the one public table we found is GPL, which this project must not copy) their
 * values stay raw rather than scaled wrongly. That the other signed ids follow id - 0x80 is unconfirmed.
 *
 * @param unit   short ASCII unit
 * @param scale  physical units per bit
 * @param offset added after scaling (only the unsigned temperature and percent ids have one)
 * @param signed whether the 16-bit raw value is two's complement
 */
record UnitScaling(String unit, double scale, double offset, boolean signed) {

    /** The scaling of {@code id}; unknown ids scale 1:1 with unit {@code raw}. */
    static UnitScaling of(int id) {
        UnitScaling own = switch (id) {
            case 0x87, 0x99, 0xAE, 0xB0, 0xB1 -> new UnitScaling("raw", 1, 0, true);
            default -> null;
        };
        if (own != null) {
            return own;
        }
        if (id >= 0x81 && id <= 0xBF) {
            UnitScaling base = unsigned(id - 0x80);
            return new UnitScaling(base.unit, base.scale, 0, true);
        }
        return switch (id) {
            case 0xFC -> new UnitScaling("kPa", 0.01, 0, true);
            case 0xFD -> new UnitScaling("kPa", 0.001, 0, true);
            case 0xFE -> new UnitScaling("Pa", 0.25, 0, true);
            default -> unsigned(id);
        };
    }

    /** Scales a 16-bit raw value. */
    double apply(int raw16) {
        int raw = signed ? (short) raw16 : raw16 & 0xFFFF;
        return raw * scale + offset;
    }

    private static UnitScaling unsigned(int id) {
        return switch (id) {
            case 0x01 -> u("count", 1);
            case 0x02 -> u("count", 0.1);
            case 0x03 -> u("count", 0.01);
            case 0x04 -> u("count", 0.001);
            case 0x05 -> u("count", 0.0000305);
            case 0x06 -> u("count", 0.000305);
            case 0x07 -> u("rpm", 0.25);
            case 0x08 -> u("km/h", 0.01);
            case 0x09 -> u("km/h", 1);
            case 0x0A -> u("mV", 0.122);
            case 0x0B -> u("V", 0.001);
            case 0x0C -> u("V", 0.01);
            case 0x0D -> u("mA", 0.00390625);
            case 0x0E -> u("A", 0.001);
            case 0x0F -> u("A", 0.01);
            case 0x10 -> u("ms", 1);
            case 0x11 -> u("ms", 100);
            case 0x12 -> u("s", 1);
            case 0x13 -> u("mOhm", 1);
            case 0x14 -> u("Ohm", 1);
            case 0x15 -> u("kOhm", 1);
            case 0x16 -> new UnitScaling("degC", 0.1, -40, false);
            case 0x17 -> u("kPa", 0.01);
            case 0x18 -> u("kPa", 0.0117);
            case 0x19 -> u("kPa", 0.079);
            case 0x1A -> u("kPa", 1);
            case 0x1B -> u("kPa", 10);
            case 0x1C -> u("deg", 0.01);
            case 0x1D -> u("deg", 0.5);
            case 0x1E -> u("ratio", 0.0000305);
            case 0x1F -> u("ratio", 0.05);
            case 0x20 -> u("ratio", 0.00390625);
            case 0x21 -> u("mHz", 1);
            case 0x22 -> u("Hz", 1);
            case 0x23 -> u("kHz", 1);
            case 0x24 -> u("count", 1);
            case 0x25 -> u("km", 1);
            case 0x26 -> u("mV/ms", 0.1);
            case 0x27 -> u("g/s", 0.01);
            case 0x28 -> u("g/s", 1);
            case 0x29 -> u("Pa/s", 0.25);
            case 0x2A -> u("kg/h", 0.001);
            case 0x2B -> u("count", 1); // switches
            case 0x2C -> u("g/cyl", 0.01);
            case 0x2D -> u("mg/stroke", 0.01);
            case 0x2E -> u("bool", 1);
            case 0x2F -> u("%", 0.01);
            case 0x30 -> u("%", 0.001526);
            case 0x31 -> u("L", 0.001);
            case 0x32 -> u("in", 0.0000305);
            case 0x33 -> u("ratio", 0.00024414);
            case 0x34 -> u("min", 1);
            case 0x35 -> u("ms", 10);
            case 0x36 -> u("g", 0.01);
            case 0x37 -> u("g", 0.1);
            case 0x38 -> u("g", 1);
            case 0x39 -> new UnitScaling("%", 0.01, -327.68, false);
            case 0x3A -> u("g", 0.001);
            case 0x3B -> u("g", 0.0001);
            case 0x3C -> u("us", 0.1);
            case 0x3D -> u("mA", 0.01);
            case 0x3E -> u("mm2", 0.00006103516);
            case 0x3F -> u("L", 0.01);
            case 0x40 -> u("ppm", 1);
            case 0x41 -> u("uA", 0.01);
            default -> u("raw", 1);
        };
    }

    private static UnitScaling u(String unit, double scale) {
        return new UnitScaling(unit, scale, 0, false);
    }
}
