package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Service 09. */
class VehicleInfoDecoderTest extends PlausibilityAssertions {

    private final ObdDecoder decoder = ObdDecoder.standard();

    private ObdDecodeResult decode(String hex) {
        List<ObdDecodeResult> results = decoder.decode("7E8", hex(hex));
        assertThat(results).hasSize(1);
        assertPlausible(results);
        return results.get(0);
    }

    /*
     * Capture: ELM327 data sheet (Elm Electronics), "Multiline Responses", page 42: the CAN answer to ">0902",
     * "014 / 0: 49 02 01 31 44 34 / 1: 47 50 30 30 52 35 35 / 2: 42 31 32 33 34 35 36", reassembled (20 bytes).
     * https://libble.eu/elm-327/online-manual-727154/?page=0042 (vendor documentation).
     */
    @Test
    void shouldReadTheDataSheetsCanVin() {
        VehicleInfo vin = (VehicleInfo) decode("49 02 01 31 44 34 47 50 30 30 52 35 35 42 31 32 33 34 35 36");
        assertThat(vin.label()).isEqualTo("VIN");
        assertThat(vin.items()).containsExactly("1D4GP00R55B123456");
    }

    /*
     * Capture: same page, the J1850 answer: five frames "49 02 01 00 00 00 31" ... "49 02 05 33 34 35 36", each with
     * its sequence byte and the first padded with 00s, joined as one ECU's message.
     */
    @Test
    void shouldReadTheDataSheetsLegacyVinFrames() {
        VehicleInfo vin = (VehicleInfo) decode("49 02 01 00 00 00 31 49 02 02 44 34 47 50 49 02 03 30 30 52 35"
                + " 49 02 04 35 42 31 32 49 02 05 33 34 35 36");
        assertThat(vin.items()).containsExactly("1D4GP00R55B123456");
    }

    /*
     * Capture: ELM329 data sheet (Elm Electronics, ELM329DSC), "Multiline Responses", page 39: two ECUs answering
     * "0904": 7E8 10 13 49 04 01 35 36 30 / 7E8 21 32 38 39 34 39 41 43 / 7E8 22 00 00 00 00 00 00 31 (and 7E9 with
     * 35 34 in place of 34 39). First frame length 0x13 = 19 bytes, so the trailing 31 is padding.
     * https://manualshive.com/ru/manual/elm/329/2393938?page=39 (vendor documentation).
     */
    @Test
    void shouldReadTheDataSheetsCalibrationIdsOfTwoEcus() {
        VehicleInfo ecm = (VehicleInfo) decode("49 04 01 35 36 30 32 38 39 34 39 41 43 00 00 00 00 00 00");
        VehicleInfo tcm = (VehicleInfo) decoder.decode("7E9",
                hex("49 04 01 35 36 30 32 38 39 35 34 41 43 00 00 00 00 00 00")).get(0);
        assertThat(ecm.items()).containsExactly("56028949AC");
        assertThat(tcm.items()).containsExactly("56028954AC");
        assertThat(tcm.ecu()).isEqualTo("7E9");
    }

    @Test
    void shouldReadCvnsAsHexAndTheEcuName() {
        VehicleInfo cvns = (VehicleInfo) decode("49 06 02 17 91 BC 82 00 00 0A 0F");
        assertThat(cvns.items()).containsExactly("1791BC82", "00000A0F");
        // "ECM" 00 "-" "EngineControl" padded to 20 bytes
        VehicleInfo name = (VehicleInfo) decode(
                "49 0A 01 45 43 4D 00 2D 45 6E 67 69 6E 65 43 6F 6E 74 72 6F 6C 00 00");
        assertThat(name.items()).containsExactly("ECM-EngineControl");
    }

    @Test
    void shouldReadInUsePerformanceCounters() {
        // NODI 04: OBDCOND 0x0010 = 16, IGNCNTR 0x0020 = 32, CATCOMP1 5, CATCOND1 16
        VehicleInfo iupt = (VehicleInfo) decode("49 08 04 00 10 00 20 00 05 00 10");
        assertThat(iupt.counters()).extracting(DecodedValue::name)
                .containsExactly("IUPT_OBDCOND", "IUPT_IGNCNTR", "IUPT_CATCOMP1", "IUPT_CATCOND1");
        assertThat(iupt.counters()).extracting(DecodedValue::value).containsExactly(16.0, 32.0, 5.0, 16.0);
    }

    @Test
    void shouldTurnTheInfoTypeBitmapIntoASet() {
        // 54 40 00 00 = 0101 0100 0100 0000 → 02, 04, 06, 0A
        SupportedPids supported = (SupportedPids) decode("49 00 54 40 00 00");
        assertThat(supported.service()).isEqualTo(0x09);
        assertThat(supported.ids()).containsExactly(0x02, 0x04, 0x06, 0x0A);
    }

    @Test
    void shouldRejectAVinOfTheWrongLength() {
        DecodeError error = (DecodeError) decode("49 02 01 31 44 34");
        assertThat(error.service()).isEqualTo(0x09);
        assertThat(error.reason()).startsWith("VIN must be 17 printable characters");
    }
}
