package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Services 01/02 fed real adapter output. Expected values are hand-computed from the SAE J1979 formulas in each test.
 */
class CurrentDataDecoderTest extends PlausibilityAssertions {

    private final ObdDecoder decoder = ObdDecoder.standard();

    private List<ObdDecodeResult> decode(String hex) {
        List<ObdDecodeResult> results = decoder.decode("7E8", hex(hex));
        assertPlausible(results);
        return results;
    }

    private static double value(ObdDecodeResult result, String name) {
        return ((PidValues) result).value(name).value();
    }

    /*
     * Capture: ELM327 data sheet (Elm Electronics, ELM327DSJ), "Multiple PID Requests", page 45: reply to ">01 04 05 0B
     * 0C" is "00A / 0: 41 04 3F 05 44 0B / 1: 21 0C 17 B8 00 00 00"; the 10 message bytes after ISO-TP reassembly are
     * below. Seen at https://libble.eu/elm-327/online-manual-727154/?page=0045 (vendor documentation).
     */
    @Test
    void shouldDecodeEveryPidOfTheDataSheetsMultiPidResponse() {
        List<ObdDecodeResult> results = decode("41 04 3F 05 44 0B 21 0C 17 B8");

        assertThat(results).hasSize(4).allMatch(r -> r instanceof PidValues);
        assertThat(value(results.get(0), "ENGINE_LOAD")).isCloseTo(63 * 100.0 / 255, within(1e-9)); // 24.7 %
        assertThat(value(results.get(1), "COOLANT_TEMP")).isEqualTo(0x44 - 40.0); // 28 degC
        assertThat(value(results.get(2), "INTAKE_MAP")).isEqualTo(0x21); // 33 kPa
        assertThat(value(results.get(3), "ENGINE_RPM")).isEqualTo((0x17 * 256 + 0xB8) / 4.0); // 1518 rpm
    }

    /* Capture: same page, the same PIDs requested in another order: "0: 41 0B 21 04 3F 0C / 1: 17 B8 05 44 00 00 00". */
    @Test
    void shouldNotCareInWhichOrderThePidsCome() {
        List<ObdDecodeResult> results = decode("41 0B 21 04 3F 0C 17 B8 05 44");

        assertThat(results).extracting(r -> ((PidValues) r).pid()).containsExactly(0x0B, 0x04, 0x0C, 0x05);
        assertThat(value(results.get(2), "ENGINE_RPM")).isEqualTo(1518.0);
        assertThat(value(results.get(3), "COOLANT_TEMP")).isEqualTo(28.0);
    }

    /*
     * Capture: ELM327 data sheet, "Interpreting Trouble Codes", page 34: ">01 01" answered "41 01 81 07 65 04".
     * https://libble.eu/elm-327/online-manual-727154/?page=0034 (vendor documentation). J1979: A=81 → MIL on, 1 code;
     * B=07 → misfire/fuel/components supported, bit 3 clear = spark ignition, none incomplete; C=65 → catalyst, evap,
     * O2 sensor and O2 heater monitors supported; D=04 → evap incomplete.
     */
    @Test
    void shouldReadMilDtcCountAndReadinessOfTheDataSheetsMonitorStatus() {
        PidValues status = (PidValues) decode("41 01 81 07 65 04").get(0);

        assertThat(status.value("MIL").text()).isEqualTo("on");
        assertThat(status.value("DTC_COUNT").value()).isEqualTo(1.0);
        assertThat(status.value("MONITOR_IGNITION").text()).isEqualTo("spark");
        assertThat(status.value("MONITOR_MISFIRE").text()).isEqualTo("complete");
        assertThat(status.value("MONITOR_COMPONENTS").text()).isEqualTo("complete");
        assertThat(status.value("MONITOR_CATALYST").text()).isEqualTo("complete");
        assertThat(status.value("MONITOR_HEATED_CATALYST").text()).isEqualTo("not supported");
        assertThat(status.value("MONITOR_EVAP_SYSTEM").text()).isEqualTo("incomplete");
        assertThat(status.value("MONITOR_O2_SENSOR_HEATER").text()).isEqualTo("complete");
        assertThat(status.value("MONITOR_EGR_VVT").text()).isEqualTo("not supported");
        assertThat(status.value("MONITOR_PM_FILTER")).isNull(); // a compression-ignition monitor
    }

    /*
     * Captures: traccar/traccar (Apache License 2.0), test/org/traccar/helper/ObdDecoderTest.java: the PID + data
     * strings "057b", "0C1324", "0D14", "31fa32", "2F41" as devices sent them; the 41 service byte is prepended here.
     */
    @Test
    void shouldDecodeTheSingleValuePidsTraccarSawFromDevices() {
        assertThat(value(decode("41 05 7B").get(0), "COOLANT_TEMP")).isEqualTo(123 - 40.0); // 83 degC
        assertThat(value(decode("41 0C 13 24").get(0), "ENGINE_RPM")).isEqualTo(4900 / 4.0); // 1225 rpm
        assertThat(value(decode("41 0D 14").get(0), "VEHICLE_SPEED")).isEqualTo(20.0);
        assertThat(value(decode("41 31 FA 32").get(0), "DISTANCE_SINCE_DTC_CLEAR")).isEqualTo(64050.0);
        assertThat(value(decode("41 2F 41").get(0), "FUEL_TANK_LEVEL")).isCloseTo(65 * 100.0 / 255, within(1e-9));
    }

    /* The J1979 worked example every tutorial quotes (0x1AF8 = 6904, /4): not traced to a licensed capture. */
    @Test
    void shouldDecodeEngineRpmAsAQuarterOfTheTwoByteValue() {
        assertThat(value(decode("41 0C 1A F8").get(0), "ENGINE_RPM")).isEqualTo(1726.0);
    }

    @Test
    void shouldKeepWhatWasDecodedAndNameTheUnknownPidThatEndedTheWalk() {
        List<ObdDecodeResult> results = decode("41 0C 1A F8 C3 01 02 0D 32");

        assertThat(results).hasSize(2);
        assertThat(value(results.get(0), "ENGINE_RPM")).isEqualTo(1726.0);
        DecodeError error = (DecodeError) results.get(1);
        assertThat(error.reason()).isEqualTo("unknown PID 0xC3");
        assertThat(error.hex()).isEqualTo("C3 01 02 0D 32");
        assertThat(error.service()).isEqualTo(0x01);
    }

    @Test
    void shouldReportATruncatedPidInsteadOfReadingPastTheEnd() {
        List<ObdDecodeResult> results = decode("41 0D 32 0C 1A");

        assertThat(value(results.get(0), "VEHICLE_SPEED")).isEqualTo(50.0);
        assertThat(((DecodeError) results.get(1)).reason()).isEqualTo("PID 0x0C needs 2 data bytes, 1 left");
    }

    @Test
    void shouldGiveSeveralNamedValuesForMultiValuePids() {
        // 0x14: A=5A → 90*0.005 = 0.45 V; B=80 → 128*100/128-100 = 0 %
        PidValues o2 = (PidValues) decode("41 14 5A 80").get(0);
        assertThat(o2.values()).extracting(DecodedValue::name)
                .containsExactly("O2_SENSOR_1_VOLTAGE", "O2_SENSOR_1_SHORT_FUEL_TRIM");
        assertThat(o2.value("O2_SENSOR_1_VOLTAGE").value()).isCloseTo(0.45, within(1e-12));
        assertThat(o2.value("O2_SENSOR_1_SHORT_FUEL_TRIM").value()).isEqualTo(0.0);
        // B=FF: sensor not used for trim, so no trim value
        assertThat(((PidValues) decode("41 15 5A FF").get(0)).values()).hasSize(1);
        // 0x24: AB=8000 → 32768*2/65536 = 1.0; CD=4000 → 16384*8/65536 = 2.0 V
        PidValues wide = (PidValues) decode("41 24 80 00 40 00").get(0);
        assertThat(wide.value("O2_SENSOR_1_EQUIV_RATIO").value()).isEqualTo(1.0);
        assertThat(wide.value("O2_SENSOR_1_WIDE_VOLTAGE").value()).isEqualTo(2.0);
        // 0x34: CD=8100 → 33024/256 - 128 = 1.0 mA
        assertThat(((PidValues) decode("41 34 80 00 81 00").get(0)).value("O2_SENSOR_1_CURRENT").value())
                .isEqualTo(1.0);
        // 0x4F: A=1 ratio, B=2 V, C=3 mA, D=4*10 kPa
        PidValues max = (PidValues) decode("41 4F 01 02 03 04").get(0);
        assertThat(max.values()).extracting(DecodedValue::value).containsExactly(1.0, 2.0, 3.0, 40.0);
        // 0x55: A=80 → 0 % bank 1, B=00 → -100 % bank 3
        PidValues trims = (PidValues) decode("41 55 80 00").get(0);
        assertThat(trims.value("SHORT_O2_TRIM_BANK_3").value()).isEqualTo(-100.0);
    }

    @Test
    void shouldLeaveOutFieldsWhoseSupportBitIsClear() {
        // 0x66: A=01 → only sensor A: (256*0x01+0x40)/32 = 10 g/s
        PidValues maf = (PidValues) decode("41 66 01 01 40 FF FF").get(0);
        assertThat(maf.values()).extracting(DecodedValue::name).containsExactly("MAF_SENSOR_A");
        assertThat(maf.value("MAF_SENSOR_A").value()).isEqualTo(10.0);
    }

    @Test
    void shouldNameFuelSystemFuelTypeAndObdStandard() {
        PidValues fuel = (PidValues) decode("41 03 02 00").get(0);
        assertThat(fuel.value("FUEL_SYSTEM_1_STATUS").text()).startsWith("Closed loop");
        assertThat(((PidValues) decode("41 51 04").get(0)).value("FUEL_TYPE").text()).isEqualTo("Diesel");
        assertThat(((PidValues) decode("41 1C 06").get(0)).value("OBD_STANDARD").text()).isEqualTo("EOBD (Europe)");
        assertThat(((PidValues) decode("41 13 03").get(0)).values()).filteredOn(v -> v.value() == 1)
                .extracting(DecodedValue::name).containsExactly("O2_PRESENT_B1S1", "O2_PRESENT_B1S2");
        assertThat(((PidValues) decode("41 1D 41").get(0)).values()).filteredOn(v -> v.value() == 1)
                .extracting(DecodedValue::name).containsExactly("O2_PRESENT_B1S1", "O2_PRESENT_B4S1");
    }

    @Test
    void shouldReadCompressionIgnitionReadinessWithDieselMonitorNames() {
        // B=08: compression ignition; C=40 PM filter supported; D=40 incomplete
        PidValues status = (PidValues) decode("41 01 00 08 40 40").get(0);
        assertThat(status.value("MIL").text()).isEqualTo("off");
        assertThat(status.value("MONITOR_IGNITION").text()).isEqualTo("compression");
        assertThat(status.value("MONITOR_PM_FILTER").text()).isEqualTo("incomplete");
        assertThat(status.value("MONITOR_CATALYST")).isNull();
    }

    @Test
    void shouldTurnSupportedPidBitmapsIntoPidSets() {
        // BE 1F A8 13 = 1011 1110 0001 1111 1010 1000 0001 0011
        SupportedPids supported = (SupportedPids) decode("41 00 BE 1F A8 13").get(0);
        assertThat(supported.ids()).containsExactly(0x01, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0C, 0x0D, 0x0E, 0x0F, 0x10,
                0x11, 0x13, 0x15, 0x1C, 0x1F, 0x20);
        assertThat(supported.announcesNextRange()).isTrue();
        SupportedPids upper = (SupportedPids) decode("41 40 80 00 00 00").get(0);
        assertThat(upper.ids()).containsExactly(0x41);
        assertThat(upper.announcesNextRange()).isFalse();
    }

    @Test
    void shouldCarryTheFrameNumberOfFreezeFrames() {
        // 42 PID FRAME data: frame 0, 0x0C = 0x0FA0/4 = 1000 rpm, then 0x05 = 0x5A-40 = 50 degC
        List<ObdDecodeResult> results = decode("42 0C 00 0F A0 05 00 5A");
        assertThat(results).extracting(r -> ((PidValues) r).frame()).containsExactly(0, 0);
        assertThat(value(results.get(0), "ENGINE_RPM")).isEqualTo(1000.0);
        assertThat(((PidValues) results.get(1)).service()).isEqualTo(0x02);
        PidValues cause = (PidValues) decode("42 02 00 01 33").get(0);
        assertThat(cause.value("FREEZE_DTC").text()).isEqualTo("P0133");
    }

    @Test
    void shouldNameTheServiceAndCodeOfANegativeResponse() {
        DecodeError error = (DecodeError) decoder.decode("7E8", hex("7F 01 12")).get(0);
        assertThat(error.service()).isEqualTo(0x01);
        assertThat(error.reason()).isEqualTo(
                "negative response to service 0x01: NRC 0x12 sub-function not supported or invalid format");
    }
}
