package com.kcspeedshop.platform.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DueStatusTest {

    private static final LocalDate DONE = LocalDate.of(2026, 1, 15);

    // oil change: every 15,000 km or 12 months, remind 1,000 km / 30 days ahead
    private static Schedule oil() {
        return new Schedule(UUID.randomUUID(), "1HGCM82633A004352", "Oil change", "OIL_CHANGE", 15_000, 12, 40_000,
                DONE, 1_000, 30);
    }

    @Test
    void okWhileBothLimitsAreFarAway() {
        DueStatus s = DueStatus.of(oil(), 45_000, LocalDate.of(2026, 6, 1));
        assertThat(s.state()).isEqualTo(DueStatus.State.OK);
        assertThat(s.dueKm()).isEqualTo(55_000);
        assertThat(s.dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(s.kmLeft()).isEqualTo(10_000);
    }

    @Test
    void whicheverComesFirstDecides() {
        // a high-mileage driver: distance first
        DueStatus byDistance = DueStatus.of(oil(), 54_200, LocalDate.of(2026, 6, 1));
        assertThat(byDistance.state()).isEqualTo(DueStatus.State.DUE_SOON);
        assertThat(byDistance.triggeredBy()).isEqualTo("distance");
        // a car that hardly moves: time first
        DueStatus byTime = DueStatus.of(oil(), 41_000, LocalDate.of(2027, 1, 1));
        assertThat(byTime.state()).isEqualTo(DueStatus.State.DUE_SOON);
        assertThat(byTime.triggeredBy()).isEqualTo("time");
        assertThat(byTime.daysLeft()).isEqualTo(14);
        DueStatus overdue = DueStatus.of(oil(), 41_000, LocalDate.of(2027, 2, 1));
        assertThat(overdue.state()).isEqualTo(DueStatus.State.OVERDUE);
        assertThat(overdue.daysLeft()).isEqualTo(-17);
        assertThat(DueStatus.of(oil(), 55_000, LocalDate.of(2026, 6, 1)).state()).isEqualTo(DueStatus.State.OVERDUE);
    }

    @Test
    void singleLimitSchedulesAndInvalidOnes() {
        Schedule tyres = new Schedule(UUID.randomUUID(), "1HGCM82633A004352", "Tyre rotation", null, 10_000, null,
                0, DONE, 500, 0);
        assertThat(DueStatus.of(tyres, 9_600, LocalDate.of(2040, 1, 1)).state()).isEqualTo(DueStatus.State.DUE_SOON);
        assertThat(DueStatus.of(tyres, 9_600, LocalDate.of(2040, 1, 1)).dueOn()).isNull();
        assertThatThrownBy(() -> new Schedule(UUID.randomUUID(), "1HGCM82633A004352", "x", null, null, null, 0, DONE,
                0, 0)).hasMessageContaining("distance, a time or both");
    }
}
