package com.kcspeedshop.collector.elm327.response;

import static com.kcspeedshop.collector.elm327.response.CanFramingTest.message;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every ELM327 error and alert reply. The wire texts are those listed in the ELM327 data sheet's "Error Messages and
 * Alerts" ([DSJ87] in {@link Captures}) and the ELM329 data sheet ([329-80]); the surrounding line breaks, echo and
 * {@code SEARCHING...} are laid out as the data sheet describes the adapter printing them.
 */
class ErrorRepliesTest {

    private final ElmResponseParser parser = new ElmResponseParser();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "NO_DATA            | NO DATA",
        "NO_DATA            | NODATA",
        "UNABLE_TO_CONNECT  | SEARCHING...\\rUNABLE TO CONNECT",
        "CAN_ERROR          | CAN ERROR",
        "BUS_INIT_ERROR     | BUS INIT: ...ERROR",
        "UNABLE_TO_CONNECT  | BUS INIT: ...UNABLE TO CONNECT",
        "BUS_ERROR          | BUS ERROR",
        "BUS_BUSY           | BUS BUSY",
        "FEEDBACK_ERROR     | FB ERROR",
        "DATA_ERROR         | DATA ERROR",
        "LINE_DATA_ERROR    | 41 0C 1A F8 <DATA ERROR",
        "RX_ERROR           | 7E8 04 41 0C 1A <RX ERROR",
        "STOPPED            | STOPPED",
        "BUFFER_FULL        | BUFFER FULL",
        "ACTIVITY_ALERT     | ACT ALERT",
        "ACTIVITY_ALERT     | !ACT ALERT",
        "LOW_POWER_ALERT    | LP ALERT",
        "LOW_POWER_ALERT    | !LP ALERT",
        "LOW_VOLTAGE_RESET  | LV RESET",
        "INTERNAL_ERROR     | ERR94",
        "INTERNAL_ERROR     | ERR71",
        "UNKNOWN_COMMAND    | ?",
    })
    void shouldTypeEveryAdapterErrorReply(ElmError expected, String raw) {
        // "\\r" in the table stands for the adapter's carriage return
        var response = parser.parse("010C", "010C\r" + raw.replace("\\r", "\r") + "\r\r", ResponseFormat.AUTO_DETECT);

        assertThat(response).isInstanceOfSatisfying(ElmResponse.AdapterError.class,
                error -> assertThat(error.error()).isEqualTo(expected));
        assertThat(parser.stats().errors(expected)).isEqualTo(1);
    }

    @Test
    void shouldKeepTheMessagesPrintedBeforeABufferFull() {
        String raw = Captures.DSH39_0100 + "BUFFER FULL\r";

        var response = parser.parse("0100", raw, ResponseFormat.AUTO_DETECT);

        assertThat(response).isInstanceOfSatisfying(ElmResponse.AdapterError.class, error -> {
            assertThat(error.error()).isEqualTo(ElmError.BUFFER_FULL);
            assertThat(error.messages()).containsExactly(message("7E8", "41 00 BE 3F B8 13"));
        });
    }

    @Test
    void shouldKeepTheOtherEcusMessageWhenOneLineHasADataError() {
        String raw = "48 6B 10 41 0C 1A F8 23 <DATA ERROR\r48 6B 18 41 0C 1A F8 2A\r";

        var response = parser.parse("010C", raw, ResponseFormat.withHeaders(ProtocolFamily.ISO_9141_2));

        assertThat(response).isInstanceOfSatisfying(ElmResponse.AdapterError.class, error -> {
            assertThat(error.error()).isEqualTo(ElmError.LINE_DATA_ERROR);
            assertThat(error.messages()).containsExactly(message("18", "41 0C 1A F8"));
        });
    }

    @Test
    void shouldCallEmptyOutputGarbage() {
        assertThat(parser.parse("010C", "\r\r", ResponseFormat.AUTO_DETECT)).isInstanceOf(ElmResponse.Garbage.class);
        assertThat(parser.parse(null, null, null)).isInstanceOf(ElmResponse.Garbage.class);
    }

    @Test
    void shouldCallAStrayOkGarbageAndCountIt() {
        var response = parser.parse("010C", "OK\r", ResponseFormat.AUTO_DETECT);

        assertThat(response).isInstanceOf(ElmResponse.Garbage.class);
        assertThat(parser.stats().dropped(DropReason.NOT_HEX)).isEqualTo(1);
        assertThat(parser.stats().garbage()).isEqualTo(1);
    }

    @Test
    void shouldMapElmProtocolNumbersToFamilies() {
        assertThat(ProtocolFamily.fromElmProtocolNumber("A6")).isEqualTo(ProtocolFamily.CAN_11BIT);
        assertThat(ProtocolFamily.fromElmProtocolNumber("7")).isEqualTo(ProtocolFamily.CAN_29BIT);
        assertThat(ProtocolFamily.fromElmProtocolNumber("3")).isEqualTo(ProtocolFamily.ISO_9141_2);
        assertThat(ProtocolFamily.fromElmProtocolNumber("A")).isEqualTo(ProtocolFamily.AUTO);
    }
}
