package com.kcspeedshop.health.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.health.HealthConfig;
import com.kcspeedshop.health.Readings;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.features.Feature;
import com.kcspeedshop.health.reference.HealthReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnomalyDetectionTest {

    private final AnomalySettings settings = AnomalySettings.DEFAULTS;

    @Test
    void shouldScoreNothingDuringWarmUp() {
        AnomalyState s = new AnomalyState();
        List<Anomaly> out = new ArrayList<>();
        for (int i = 0; i < settings.warmupSamples() - 1; i++) {
            s.observe(Feature.BATTERY_V_CHARGING, i * 1000L, i == 50 ? 9.0 : 14.0, true, settings);
        }
        s.closeInterval(Readings.VIN, out::add);
        assertThat(out).isEmpty();
    }

    @Test
    void shouldFlagAStepAwayFromTheLearnedBaselineOncePerInterval() {
        AnomalyState s = new AnomalyState();
        for (int i = 0; i < 300; i++) {
            s.observe(Feature.BATTERY_V_CHARGING, i * 1000L, 14.0 + (i % 3) * 0.05, true, settings);
        }
        List<Anomaly> out = new ArrayList<>();
        s.closeInterval(Readings.VIN, out::add);
        assertThat(out).isEmpty();
        for (int i = 300; i < 305; i++) {
            s.observe(Feature.BATTERY_V_CHARGING, i * 1000L, i == 302 ? 12.0 : 12.3, true, settings);
        }
        int mask = s.closeInterval(Readings.VIN, out::add);
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.signal()).isEqualTo("BATTERY_V_CHARGING");
            assertThat(a.value()).isEqualTo(12.0); // the strangest of the interval
            assertThat(a.expected()).isBetween(13.9, 14.2);
            assertThat(a.score()).isGreaterThanOrEqualTo(settings.zThreshold());
            assertThat(a.detector()).isEqualTo(AnomalyState.DETECTOR);
        });
        assertThat(mask & 0xFFFF).isNotZero();
    }

    @Test
    void shouldIgnoreSamplesOutsideTheirConditionAndFeaturesItDoesNotWatch() {
        AnomalyState s = new AnomalyState();
        for (int i = 0; i < 300; i++) {
            s.observe(Feature.COOLANT_TEMP, i * 1000L, 90, true, settings);
        }
        s.observe(Feature.COOLANT_TEMP, 301_000, 30, false, settings); // e.g. engine cold after a restart
        s.observe(Feature.VEHICLE_SPEED, 302_000, 250, true, settings);
        List<Anomaly> out = new ArrayList<>();
        s.closeInterval(Readings.VIN, out::add);
        assertThat(out).isEmpty();
        assertThat(s.baseline(Feature.COOLANT_TEMP)).isEqualTo(90);
    }

    @Test
    void shouldCallTheModelScorerOncePerIntervalAndSwapItWithoutTouchingState() {
        AtomicInteger calls = new AtomicInteger();
        AnomalyScorer alwaysStrange = new AnomalyScorer() {
            @Override
            public String id() {
                return "test-model@1";
            }

            @Override
            public double score(FeatureVector v) {
                calls.incrementAndGet();
                assertThat(v.size()).isEqualTo(FeatureVector.NAMES.size());
                return 0.9;
            }

            @Override
            public double threshold() {
                return 0.8;
            }
        };
        VehicleHealthEngine plain = new VehicleHealthEngine(HealthConfig.DEFAULTS, AnomalyScorer.NONE);
        VehicleHealthEngine withModel = plain.withScorer(alwaysStrange);
        Readings r = Readings.of();
        for (int s = 0; s < 35; s++) {
            r.at(s, "COOLANT_TEMP", 90);
        }
        List<Anomaly> none = HealthReference.anomalies(Readings.run(plain, r.list()));
        List<Anomaly> model = HealthReference.anomalies(Readings.run(withModel, r.list()));
        assertThat(none).isEmpty();
        assertThat(calls.get()).isEqualTo(3); // intervals ending at 10, 20, 30 s
        assertThat(model).hasSize(3).allSatisfy(a -> {
            assertThat(a.detector()).isEqualTo("test-model@1");
            assertThat(a.score()).isEqualTo(0.9);
        });
    }

    @Test
    void shouldRefuseInconsistentSettings() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AnomalySettings(100, 50, 3, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clipZ");
    }
}
