package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Services 03/07/0A, both wire forms, and 04. */
class TroubleCodeDecoderTest extends PlausibilityAssertions {

    private final ObdDecoder decoder = ObdDecoder.standard();

    private DtcList dtcs(String hex) {
        List<ObdDecodeResult> results = decoder.decode("7E8", hex(hex));
        assertThat(results).hasSize(1);
        return (DtcList) results.get(0);
    }

    /*
     * Capture: ELM327 data sheet (Elm Electronics), "Interpreting Trouble Codes", page 34: ">03" answered
     * "43 01 33 00 00 00 00" (legacy form: three pairs, unused ones 00 00) = P0133.
     * https://libble.eu/elm-327/online-manual-727154/?page=0034 (vendor documentation).
     */
    @Test
    void shouldReadTheDataSheetsLegacyResponseAndSkipPadding() {
        DtcList list = dtcs("43 01 33 00 00 00 00");

        assertThat(list.kind()).isEqualTo(DtcKind.STORED);
        assertThat(list.dtcs()).containsExactly(new Dtc("P0133", "O2 Sensor Circuit Slow Response Bank 1 Sensor 1"));
    }

    /*
     * Capture: Dacia Logan 2013 on CAN, ELM327 v1.5: "43 01 01 2C" (count byte 01, then P012C), in the question and
     * answer of https://mechanics.stackexchange.com/questions/51226/obd2-mode-3-wrong-response (Stack Exchange user
     * content, CC BY-SA; four bytes of measured data quoted with attribution).
     */
    @Test
    void shouldReadTheCanFormWithItsCountByte() {
        assertThat(dtcs("43 01 01 2C").dtcs()).containsExactly(
                new Dtc("P012C", "Turbocharger/Supercharger Inlet Pressure Sensor A Circuit Low"));
    }

    @Test
    void shouldReadSeveralCanCodesOfAllFourLetters() {
        // 03 01 → P0301, 41 23 → C0123, 80 03 → B0003, C1 00 → U0100
        assertThat(dtcs("47 04 03 01 41 23 80 03 C1 00").dtcs()).extracting(Dtc::code)
                .containsExactly("P0301", "C0123", "B0003", "U0100");
        assertThat(dtcs("4A 00").dtcs()).isEmpty();
        assertThat(dtcs("4A 00").kind()).isEqualTo(DtcKind.PERMANENT);
    }

    @Test
    void shouldReadJoinedLegacyFramesOfOneEcu() {
        // Shape reported for a Corvette (J1850) on the mp3car.com forum thread "ELM327 Trouble Codes"
        // (http://www.mp3car.com/...-elm327-trouble-codes, no licence stated; bytes only): "43 01 02 11 20 12 20 \r
        // 43 15 14 15 15 00 00", two legacy frames of one ECU back to back: five codes and one padding pair
        assertThat(dtcs("43 01 02 11 20 12 20 43 15 14 15 15 00 00").dtcs()).extracting(Dtc::code)
                .containsExactly("P0102", "P1120", "P1220", "P1514", "P1515");
    }

    @Test
    void shouldGiveUnknownCodesNoDescriptionRatherThanAnError() {
        assertThat(dtcs("43 01 3F FF").dtcs()).containsExactly(new Dtc("P3FFF", null));
    }

    @Test
    void shouldRejectACanCountThatDoesNotMatchTheBytes() {
        DecodeError error = (DecodeError) decoder.decode("7E8", hex("43 03 01 33")).get(0);
        assertThat(error.service()).isEqualTo(0x03);
        assertThat(error.reason()).contains("announces 3 codes");
    }

    @Test
    void shouldConfirmAClearAndModelItsRequest() {
        assertThat(decoder.decode("7E8", hex("44"))).containsExactly(new DtcsCleared("7E8"));
        assertThat(ObdRequests.clearTroubleCodes()).containsExactly(0x04);
        DecodeError refused = (DecodeError) decoder.decode("7E8", hex("7F 04 22")).get(0);
        assertThat(refused.reason()).isEqualTo("negative response to service 0x04: NRC 0x22 conditions not correct");
    }
}
