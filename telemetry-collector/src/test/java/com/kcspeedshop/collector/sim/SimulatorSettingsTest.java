package com.kcspeedshop.collector.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorSettingsTest {

    @Test
    void shouldDefaultToOneHertzSeedOneAndAHostSource() {
        SimulatorSettings settings = SimulatorSettings.defaults(3);
        assertThat(settings.rateHz()).isEqualTo(1.0);
        assertThat(settings.seed()).isEqualTo(1L);
        assertThat(settings.sourceId()).startsWith("sim-").matches("sim-[a-z0-9-]{1,24}");
        assertThat(settings.tickInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.withRateHz(4).tickInterval()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void shouldRejectValuesWithAMessageSayingWhatIsAllowed() {
        assertThatThrownBy(() -> SimulatorSettings.defaults(0)).hasMessageContaining("1..100000");
        assertThatThrownBy(() -> SimulatorSettings.defaults(1).withRateHz(0)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> SimulatorSettings.defaults(1).withRateHz(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorSettings.defaults(1).withSourceId("has space"))
                .hasMessageContaining("source id");
        assertThatThrownBy(() -> SimulatorSettings.defaults(1).withSourceId(null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
