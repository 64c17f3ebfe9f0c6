package com.kcspeedshop.collector.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.collector.elm327.session.ReconnectPolicy;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransportSettingsTest {

    @Test
    void shouldRejectABaudRateNoAdapterUsesAndListTheValidOnes() {
        assertThatThrownBy(() -> new SerialSettings("/dev/ttyUSB0", 12_345, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baud rate 12345")
                .hasMessageContaining("38400");
    }

    @Test
    void shouldRejectABlankPortPath() {
        assertThatThrownBy(() -> SerialSettings.of(" ")).hasMessageContaining("/dev/rfcomm0");
    }

    @Test
    void shouldProbeTheConfiguredRateFirstThenTheUsualOnes() {
        assertThat(new SerialSettings("/dev/rfcomm0", 115_200, true).baudCandidates())
                .containsExactly(115_200, 38_400, 9_600, 500_000);
        assertThat(SerialSettings.of("/dev/rfcomm0").baudCandidates()).containsExactly(38_400);
    }

    @Test
    void shouldRejectBadTcpSettings() {
        assertThatThrownBy(() -> TcpSettings.of("192.168.0.10", 0)).hasMessageContaining("1..65535, got 0");
        assertThatThrownBy(() -> new TcpSettings("192.168.0.10", 35_000, Duration.ZERO))
                .hasMessageContaining("connect timeout");
        assertThat(TcpSettings.of("192.168.0.10", TcpSettings.DEFAULT_PORT).connectTimeout())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldRejectInconsistentSessionTimeouts() {
        SessionSettings defaults = SessionSettings.defaults();
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ofMillis(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("AT command timeout must be within 10..10000 ms, got 1 ms");
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3, 1))
                .hasMessageContaining("max reconnect delay");
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 1))
                .hasMessageContaining("reconnect attempts must be within 1..1000");
    }
}
