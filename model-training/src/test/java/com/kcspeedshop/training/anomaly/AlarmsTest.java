package com.kcspeedshop.training.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmsTest {

    private static final double NAN = Double.NaN;

    @Test
    void shouldRaiseOneAlarmPerRunOfStrangeIntervalsAndNoneForUnknown() {
        double[] s = {0.1, 0.9, 0.95, 0.2, NAN, 0.9, NAN, 0.8};
        assertThat(Alarms.raised(s, 0.8)).containsExactly(1, 5, 7);
        assertThat(Alarms.raised(s, 0.99)).isEmpty();
    }

    @Test
    void shouldChooseTheLowestThresholdThatKeepsTheAllowedAlarms() {
        List<double[]> trips = List.of(new double[] {0.1, 0.2, 0.7, 0.1}, new double[] {0.3, 0.5, 0.3, 0.9});
        // 10 h at 1 per 10 h: one alarm allowed; at 0.7 there are two (0.7 and 0.9), at 0.9 one
        assertThat(Alarms.chooseThreshold(trips, 10, 1)).isEqualTo(0.9);
        // 20 h: two allowed; at 0.5 three
        assertThat(Alarms.chooseThreshold(trips, 20, 1)).isEqualTo(0.7);
        // 5 h: none allowed, so just above the highest score
        double none = Alarms.chooseThreshold(trips, 5, 1);
        assertThat(none).isGreaterThan(0.9);
        assertThat(Alarms.count(trips, none)).isZero();
    }

    @Test
    void shouldRefuseTripsWithoutAnyScore() {
        assertThatThrownBy(() -> Alarms.chooseThreshold(List.of(new double[] {NAN}), 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no finite score");
    }
}
