package com.kcspeedshop.collector.elm327.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The emulated car's trouble-code memory: services 03, 07 and 04 (clear), and PID 01 as they change it. */
class DtcMemoryTest {

    private final ObdResponder responder = new ObdResponder(new CarModel(Clock.systemUTC()),
            EmulatorSettings.defaults());

    private List<String> answer(String request) {
        return responder.respond(HexFormat.of().parseHex(request)).stream()
                .map(a -> Integer.toHexString(a.header()).toUpperCase() + " " + HexFormat.of().withUpperCase()
                        .formatHex(a.payload()))
                .toList();
    }

    @Test
    void shouldReportStoredAndPendingCodesWithTheMilOnBeforeAClear() {
        assertThat(answer("03")).containsExactly("7E8 430203010420", "7E9 4300");
        assertThat(answer("07")).containsExactly("7E8 47010171", "7E9 4700");
        // PID 01 byte A: MIL (bit 7) on, 2 stored codes
        assertThat(answer("0101")).containsExactly("7E8 410182076500");
    }

    @Test
    void shouldConfirmAClearFromEveryEcuAndForgetStoredAndPendingCodes() {
        assertThat(answer("04")).containsExactly("7E8 44", "7E9 44");

        assertThat(answer("03")).containsExactly("7E8 4300", "7E9 4300");
        assertThat(answer("07")).containsExactly("7E8 4700", "7E9 4700");
        // MIL off, 0 codes; the non-continuous monitors (C = 65) report incomplete again (D = 65)
        assertThat(answer("0101")).containsExactly("7E8 410100076565");
        assertThat(responder.cleared()).isTrue();
        assertThat(responder.served(0x04, 0x00)).isEqualTo(1);
    }

    @Test
    void shouldLeaveAbsentPidsOutOfAnswersAndBitmaps() {
        ObdResponder simpler = new ObdResponder(new CarModel(Clock.systemUTC()),
                EmulatorSettings.defaults().withAbsentPids(Set.of(0x10, 0x42)));
        // engine 0100 bitmap without 0x10 (bit 16 of 32): 9E 1B 80 01 becomes 9E 1A 80 01 ... and 0120 says 40 is gone
        assertThat(simpler.respond(HexFormat.of().parseHex("0100")).get(0).payload())
                .containsExactly(0x41, 0x00, 0x9E, 0x1A, 0x80, 0x00);
        assertThat(simpler.respond(HexFormat.of().parseHex("0110"))).isEmpty();
        assertThat(simpler.respond(HexFormat.of().parseHex("0142"))).isEmpty();
    }

    @Test
    void shouldRejectABitmapPidAsAbsent() {
        assertThatThrownBy(() -> EmulatorSettings.defaults().withAbsentPids(Set.of(0x20)))
                .hasMessageContaining("not a bitmap PID");
    }
}
