package com.kcspeedshop.collector.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final long SECOND = 1_000_000_000L;

    private static DiscoveredPids engine(Integer... pids) {
        return new DiscoveredPids(Map.of("7E8", new TreeSet<>(Set.of(pids))));
    }

    @Test
    void shouldPutUpToSixDuePidsIntoOneRequestFastSignalsFirst() {
        PollPlan plan = PollPlan.of(engine(0x01, 0x04, 0x05, 0x06, 0x07, 0x0C, 0x0D, 0x0F, 0x10, 0x11, 0x42, 0x20),
                PollRates.defaults(), true);
        PollSchedule schedule = new PollSchedule(plan, 0);

        assertThat(schedule.due(0)).containsExactly(0x04, 0x0C, 0x0D, 0x11, 0x06, 0x07);
        assertThat(schedule.due(0)).containsExactly(0x10, 0x42, 0x01, 0x05, 0x0F);
        assertThat(schedule.due(0)).isEmpty();
        // 5 Hz signals are due again after 200 ms, 1 Hz ones not yet
        assertThat(schedule.due(SECOND / 5)).containsExactly(0x04, 0x0C, 0x0D, 0x11);
    }

    @Test
    void shouldAskOnePidPerRequestWithoutBatching() {
        PollPlan plan = PollPlan.of(engine(0x0C, 0x0D), PollRates.defaults(), false);
        PollSchedule schedule = new PollSchedule(plan, 0);
        assertThat(schedule.due(0)).containsExactly(0x0C);
        assertThat(schedule.due(0)).containsExactly(0x0D);
    }

    @Test
    void shouldNotBurstToCatchUpWhenTheAdapterFellBehind() {
        PollSchedule schedule = new PollSchedule(PollPlan.of(engine(0x0C), PollRates.defaults(), true), 0);
        schedule.due(0);
        assertThat(schedule.due(10 * SECOND)).containsExactly(0x0C);
        assertThat(schedule.due(10 * SECOND)).isEmpty();
        assertThat(schedule.untilNext(10 * SECOND)).isEqualTo(SECOND / 5);
    }

    @Test
    void shouldLeaveOutBitmapsAndStateOnlyPids() {
        // 0x03 fuel system status is states only; 0x20 a bitmap
        PollPlan plan = PollPlan.of(engine(0x03, 0x0C, 0x20), PollRates.defaults(), true);
        assertThat(plan.pids()).extracting(PolledPid::pid).containsExactly(0x0C);
    }

    @Test
    void shouldNotStarveSlowSignalsWhenTheLinkCannotKeepUp() {
        PollSchedule schedule = new PollSchedule(PollPlan.of(engine(0x0C, 0x0D, 0x05), PollRates.defaults(), false), 0);
        schedule.due(0);
        schedule.due(0);
        // the link took a whole second per request: RPM and speed are overdue again, but coolant waited longest
        assertThat(schedule.due(SECOND)).containsExactly(0x05);
    }

    @Test
    void shouldFailFastOnImpossibleRates() {
        assertThatThrownBy(() -> PollRates.defaults().with(0x0C, 0)).hasMessageContaining("within 0.01..50.0 Hz");
        assertThatThrownBy(() -> PollRates.defaults().with(0x40, 1)).hasMessageContaining("not a bitmap");
        assertThatThrownBy(() -> PollPlan.of(engine(0x20), PollRates.defaults(), true))
                .hasMessageContaining("at least one PID");
    }
}
