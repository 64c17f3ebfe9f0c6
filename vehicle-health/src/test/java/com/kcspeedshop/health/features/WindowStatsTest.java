package com.kcspeedshop.health.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WindowStatsTest {

    @Test
    void shouldSummariseACompletedWindowAlignedToEpochMultiples() {
        WindowStats w = new WindowStats(10_000);
        w.add(20_500, 2);
        w.add(21_000, 4);
        w.add(29_999, 9);
        assertThat(w.doneCount()).isZero(); // still in progress
        w.roll(30_000);
        assertThat(w.doneStart()).isEqualTo(20_000);
        assertThat(w.countAt(20_000)).isEqualTo(3);
        assertThat(w.doneMean()).isEqualTo(5.0);
        // sample std of 2, 4, 9: sqrt(((3^2)+(1^2)+(4^2))/2) = sqrt(13)
        assertThat(w.doneStd()).isCloseTo(Math.sqrt(13), within(1e-12));
        assertThat(w.doneMin()).isEqualTo(2);
        assertThat(w.doneMax()).isEqualTo(9);
    }

    @Test
    void shouldStartTheNextWindowWhenASampleCrossesTheBoundary() {
        WindowStats w = new WindowStats(10_000);
        w.add(1_000, 1);
        w.add(12_000, 7);
        assertThat(w.doneStart()).isZero();
        assertThat(w.doneMean()).isEqualTo(1);
        assertThat(w.currentMean()).isEqualTo(7);
        assertThat(w.countAt(10_000)).isZero(); // that window is not done yet
    }

    @Test
    void shouldReportUnknownRatherThanZeroForAnEmptyWindow() {
        WindowStats w = new WindowStats(60_000);
        assertThat(w.doneMean()).isNaN();
        assertThat(w.doneStd()).isNaN();
        assertThat(w.countAt(0)).isZero();
    }
}
