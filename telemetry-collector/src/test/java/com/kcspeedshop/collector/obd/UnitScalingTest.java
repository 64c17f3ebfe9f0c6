package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The service 06 Unit and Scaling table (SAE J1979 appendix E). Expected values are hand-computed. */
class UnitScalingTest {

    @Test
    void shouldScaleId20AsExactlyOne256thPerBit() {
        // 0x20: ratio, 0.00390625 (1/256) per bit: 0x0300 = 768 → 3.0
        assertThat(UnitScaling.of(0x20).apply(0x0300)).isEqualTo(3.0);
    }

    @Test
    void shouldKeepTheUnsignedIds18To41OfTheReference() {
        assertScaling(0x18, "kPa", 0.0117);
        assertScaling(0x19, "kPa", 0.079);
        assertScaling(0x1E, "ratio", 0.0000305);
        assertScaling(0x2A, "kg/h", 0.001);
        assertScaling(0x30, "%", 0.001526);
        assertScaling(0x33, "ratio", 0.00024414);
        assertScaling(0x3E, "mm2", 0.00006103516);
        assertScaling(0x40, "ppm", 1);
        assertScaling(0x41, "uA", 0.01);
        // 0x39: 0.01 % per bit, offset -327.68 %: 0x8000 = 32768 → 0.0 %
        assertThat(UnitScaling.of(0x39).apply(0x8000)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void shouldKeepSignedIdsWithUnitsOfTheirOwnRawRatherThanScaleThemWrongly() {
        // 0x87, 0x99, 0xAE, 0xB0, 0xB1 are not the signed variants of 0x07, 0x19, 0x2E, 0x30, 0x31
        for (int id : new int[] {0x87, 0x99, 0xAE, 0xB0, 0xB1}) {
            assertSigned(id, "raw", 0xFFF6, -10.0);
        }
    }

    @Test
    void shouldStillReadOtherSignedIdsAsTheSignedVariantOfTheirTwin() {
        // 0x9C: signed degrees, 0.01 per bit: 0xFF9C = -100 → -1.0 deg
        assertSigned(0x9C, "deg", 0xFF9C, -1.0);
    }

    private static void assertScaling(int id, String unit, double scale) {
        UnitScaling scaling = UnitScaling.of(id);
        assertThat(scaling.unit()).as("UASID 0x%02X", id).isEqualTo(unit);
        assertThat(scaling.scale()).as("UASID 0x%02X", id).isEqualTo(scale);
        assertThat(scaling.signed()).as("UASID 0x%02X", id).isFalse();
    }

    private static void assertSigned(int id, String unit, int raw, double expected) {
        UnitScaling scaling = UnitScaling.of(id);
        assertThat(scaling.unit()).as("UASID 0x%02X", id).isEqualTo(unit);
        assertThat(scaling.signed()).as("UASID 0x%02X", id).isTrue();
        assertThat(scaling.apply(raw)).as("UASID 0x%02X", id).isCloseTo(expected, within(1e-9));
    }
}
