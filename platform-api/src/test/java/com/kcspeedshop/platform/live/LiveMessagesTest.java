package com.kcspeedshop.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.SignalWindow;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LiveMessagesTest {

    private final LiveMessages messages = new LiveMessages(JsonMapper.builder().build());

    @Test
    void shouldWriteSignalWindowWithTypeFirstAndIsoInstants() {
        SignalWindow window = new SignalWindow("1HGCM82633A004352", "ENGINE_RPM", "rpm",
                Instant.parse("2026-11-25T10:15:30Z"), Instant.parse("2026-11-25T10:15:31.500Z"), 780.0, 2250.5,
                1725.25, 7);

        assertThat(messages.signalWindow(window)).isEqualTo("{\"type\":\"signal-window\",\"vin\":\"1HGCM82633A004352\","
                + "\"signal\":\"ENGINE_RPM\",\"unit\":\"rpm\",\"windowStart\":\"2026-11-25T10:15:30Z\","
                + "\"windowEnd\":\"2026-11-25T10:15:31.500Z\",\"min\":780.0,\"max\":2250.5,\"mean\":1725.25,"
                + "\"count\":7}");
    }

    @Test
    void shouldWriteErrorWithEscapedMessage() {
        assertThat(messages.error("vin must be \"17\" characters"))
                .isEqualTo("{\"type\":\"error\",\"message\":\"vin must be \\\"17\\\" characters\"}");
    }
}
