package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PIDs 0x68-0xA9 whose rows were checked against public definitions, fed hand-built frames; the expected values are
 * hand-computed from those definitions.
 *
 * <p>Sources: data lengths, units and the formulas quoted per test from the Wikipedia article "OBD-II PIDs"
 * (https://en.wikipedia.org/wiki/OBD-II_PIDs, CC BY-SA; facts only). Where Wikipedia gives a length but no formula
 * (0x7A, 0x7B, 0x98, 0x99, 0x9B byte C) the field layout follows an open-source C++ OBD PID table seen through code
 * search (its repository could not be identified from the index; see the commit message).
 */
class PidRowsVerifiedTest extends PlausibilityAssertions {

    private final ObdDecoder decoder = ObdDecoder.standard();

    private PidValues decode(String hex) {
        List<ObdDecodeResult> results = decoder.decode("7E8", hex(hex));
        assertPlausible(results);
        assertThat(results).hasSize(1);
        return (PidValues) results.get(0);
    }

    @Test
    void shouldDecodeTheDpfPressuresOfBank1() {
        // 0x7A, 7 bytes: A = 07 (delta, inlet, outlet supported); 0x01F4 = 500 → 5.00 kPa; 0x2710 = 10000 → 100.00 kPa;
        // 0x26AC = 9900 → 99.00 kPa
        PidValues dpf = decode("41 7A 07 01 F4 27 10 26 AC");
        assertThat(dpf.value("DPF_BANK_1_DELTA_PRESSURE").value()).isCloseTo(5.0, within(1e-9));
        assertThat(dpf.value("DPF_BANK_1_INLET_PRESSURE").value()).isCloseTo(100.0, within(1e-9));
        assertThat(dpf.value("DPF_BANK_1_OUTLET_PRESSURE").value()).isCloseTo(99.0, within(1e-9));
        assertThat(dpf.value("DPF_BANK_1_DELTA_PRESSURE").unit()).isEqualTo("kPa");
    }

    @Test
    void shouldLeaveOutTheUnsupportedDpfPressuresOfBank2() {
        // 0x7B: A = 01, only the delta pressure is supported: 0x0064 = 100 → 1.00 kPa
        PidValues dpf = decode("41 7B 01 00 64 FF FF FF FF");
        assertThat(dpf.values()).extracting(DecodedValue::name).containsExactly("DPF_BANK_2_DELTA_PRESSURE");
        assertThat(dpf.value("DPF_BANK_2_DELTA_PRESSURE").value()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldDecodeExhaustGasTemperatureSensors5To8() {
        // 0x98, 9 bytes, same layout as 0x78 ((256A+B)/10 - 40 degC): A = 0F; 0x1770 = 6000 → 560.0 degC;
        // 0x0190 = 400 → 0.0 degC; 0x0000 → -40.0 degC; 0x2328 = 9000 → 860.0 degC
        PidValues egt = decode("41 98 0F 17 70 01 90 00 00 23 28");
        assertThat(egt.values()).extracting(DecodedValue::name).containsExactly("EGT_BANK_1_SENSOR_5",
                "EGT_BANK_1_SENSOR_6", "EGT_BANK_1_SENSOR_7", "EGT_BANK_1_SENSOR_8");
        assertThat(egt.value("EGT_BANK_1_SENSOR_5").value()).isCloseTo(560.0, within(1e-9));
        assertThat(egt.value("EGT_BANK_1_SENSOR_6").value()).isCloseTo(0.0, within(1e-9));
        assertThat(egt.value("EGT_BANK_1_SENSOR_7").value()).isCloseTo(-40.0, within(1e-9));
        assertThat(egt.value("EGT_BANK_1_SENSOR_8").value()).isCloseTo(860.0, within(1e-9));
    }

    @Test
    void shouldDecodeBank2ExhaustGasTemperatureSensors5To8() {
        // 0x99: A = 01, sensor 5 only: 0x0FA0 = 4000 → 360.0 degC
        PidValues egt = decode("41 99 01 0F A0 00 00 00 00 00 00");
        assertThat(egt.values()).extracting(DecodedValue::name).containsExactly("EGT_BANK_2_SENSOR_5");
        assertThat(egt.value("EGT_BANK_2_SENSOR_5").value()).isCloseTo(360.0, within(1e-9));
    }

    @Test
    void shouldKeepSensors1To4OnPid78() {
        // 0x78 unchanged by the refactoring: A = 01, 0x0FA0 = 4000 → 360.0 degC
        PidValues egt = decode("41 78 01 0F A0 00 00 00 00 00 00");
        assertThat(egt.values()).extracting(DecodedValue::name).containsExactly("EGT_BANK_1_SENSOR_1");
        assertThat(egt.value("EGT_BANK_1_SENSOR_1").value()).isCloseTo(360.0, within(1e-9));
    }

    @Test
    void shouldDecodeTheNoxReagentTankLevel() {
        // 0x85, 10 bytes; Wikipedia: 100/255 F %. A = 04 (tank level supported), F = 0x80 = 128 → 50.196 %
        PidValues reagent = decode("41 85 04 00 00 00 00 80 00 00 00 00");
        assertThat(reagent.values()).extracting(DecodedValue::name).containsExactly("NOX_REAGENT_TANK_LEVEL");
        assertThat(reagent.value("NOX_REAGENT_TANK_LEVEL").value()).isCloseTo(128 * 100.0 / 255, within(1e-9));
    }

    @Test
    void shouldDecodeTheDefTankTemperatureAndLevel() {
        // 0x9B, 4 bytes; Wikipedia: 100/255 D %. A = 0C (temperature and level supported);
        // C = 0x3C = 60 → 60 - 40 = 20 degC; D = 0xFF → 100 %
        PidValues def = decode("41 9B 0C 00 3C FF");
        assertThat(def.value("DEF_TANK_TEMP").value()).isEqualTo(20.0);
        assertThat(def.value("DEF_TANK_LEVEL").value()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void shouldMatchTheVerifiedFormulasOfTheAlreadyDecodedRows() {
        // 0xA2 cylinder fuel rate, (256A+B)/32 mg/stroke: 0x0140 = 320 → 10.0
        assertThat(decode("41 A2 01 40").value("CYLINDER_FUEL_RATE").value()).isEqualTo(10.0);
        // 0xA4 gear ratio, [A1] supported, (256C+D)/1000: 0x0D05 = 3333 → 3.333
        assertThat(decode("41 A4 02 00 0D 05").value("TRANSMISSION_GEAR_RATIO").value())
                .isCloseTo(3.333, within(1e-9));
        // 0xA5 DEF dosing, [A0] supported, B/2 %: 0x51 = 81 → 40.5 %
        assertThat(decode("41 A5 01 51 00 00").value("COMMANDED_DEF_DOSING").value()).isEqualTo(40.5);
        // 0xA6 odometer, (2^24 A + 2^16 B + 2^8 C + D)/10 km: 0x0001E240 = 123456 → 12345.6 km
        assertThat(decode("41 A6 00 01 E2 40").value("ODOMETER").value()).isCloseTo(12345.6, within(1e-9));
        // 0x7F engine run time, B..E as a 32-bit count of seconds: 0x00015180 = 86400 s
        assertThat(decode("41 7F 01 00 01 51 80 00 00 00 00 00 00 00 00").value("ENGINE_RUN_TIME_TOTAL").value())
                .isEqualTo(86400.0);
        // 0x7C DPF temperature, (256A+B)/10 - 40 degC: 0x0FA0 = 4000 → 360.0
        assertThat(decode("41 7C 01 0F A0 00 00 00 00 00 00").value("DPF_INLET_TEMP_BANK_1").value())
                .isCloseTo(360.0, within(1e-9));
        // 0x8E engine friction torque, A - 125 %: 0x8C = 140 → 15 %
        assertThat(decode("41 8E 8C").value("ENGINE_FRICTION_TORQUE").value()).isEqualTo(15.0);
        // 0x87 intake MAP A, 1/32 kPa per bit: 0x0CA0 = 3232 → 101.0 kPa
        assertThat(decode("41 87 01 0C A0 00 00").value("INTAKE_MAP_A").value()).isEqualTo(101.0);
    }
}
