package com.kcspeedshop.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.health.alert.AlertSettings;
import com.kcspeedshop.health.anomaly.AnomalySettings;
import com.kcspeedshop.health.features.FeatureSettings;
import org.junit.jupiter.api.Test;

class HealthConfigTest {

    @Test
    void shouldBuildTheDocumentedDefaults() {
        HealthConfig c = HealthConfig.DEFAULTS;
        assertThat(c.scoreIntervalMs()).isEqualTo(10_000);
        assertThat(c.alerts().overheatC()).isEqualTo(105);
        assertThat(c.alerts().fuelTrimPct()).isEqualTo(15);
        assertThat(c.features().staleAfterMs()).isEqualTo(5_000);
    }

    @Test
    void shouldFailFastNamingTheBadValue() {
        assertThatThrownBy(() -> new HealthConfig(5_000, FeatureSettings.DEFAULTS, AnomalySettings.DEFAULTS,
                AlertSettings.DEFAULTS)).hasMessageContaining("scoreIntervalMs");
        assertThatThrownBy(() -> new FeatureSettings(0, 300, 400, 1300, 5000, 80)).hasMessageContaining("staleAfterMs");
        assertThatThrownBy(() -> new FeatureSettings(5000, 500, 400, 1300, 5000, 80)).hasMessageContaining("runningRpm");
        assertThatThrownBy(() -> new HealthConfig(10_000, null, AnomalySettings.DEFAULTS, AlertSettings.DEFAULTS))
                .hasMessageContaining("features");
        assertThatThrownBy(() -> new VehicleHealthEngine(HealthConfig.DEFAULTS, null)).hasMessageContaining("scorer");
    }
}
