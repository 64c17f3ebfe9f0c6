package com.kcspeedshop.collector.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SourceSequenceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00.000123Z");

    @Test
    void shouldStartAtTheClocksEpochMicroseconds() {
        assertThat(new SourceSequence(Clock.fixed(T0, ZoneOffset.UTC)).next())
                .isEqualTo(T0.getEpochSecond() * 1_000_000 + 123);
    }

    @Test
    void shouldStillIncreaseWhenTheClockStandsStillOrStepsBack() {
        MovableClock clock = new MovableClock(T0);
        SourceSequence sequence = new SourceSequence(clock);
        long first = sequence.next();
        long second = sequence.next();
        clock.now = T0.minusSeconds(60);
        long third = sequence.next();
        assertThat(second).isEqualTo(first + 1);
        assertThat(third).isEqualTo(second + 1);
    }

    @Test
    void shouldJumpToTheClockWhenTheClockIsAhead() {
        MovableClock clock = new MovableClock(T0);
        SourceSequence sequence = new SourceSequence(clock);
        long first = sequence.next();
        clock.now = T0.plusMillis(5);
        assertThat(sequence.next()).isEqualTo(first + 5_000);
    }

    @Test
    void shouldContinueAboveThePreviousProcessAfterARestart() {
        // a burst of 100k numbers in the same microsecond, then a restart one second later, without any saved state
        SourceSequence before = new SourceSequence(Clock.fixed(T0, ZoneOffset.UTC));
        long last = 0;
        for (int i = 0; i < 100_000; i++) {
            last = before.next();
        }
        SourceSequence afterRestart = new SourceSequence(Clock.fixed(T0.plusSeconds(1), ZoneOffset.UTC));
        assertThat(afterRestart.next()).isGreaterThan(last);
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
