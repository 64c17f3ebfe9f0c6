package com.kcspeedshop.collector.replay;

import com.kcspeedshop.datasets.trips.RecordedReading;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.datasets.trips.TripLogFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.collector.sim.VinGenerator;
import com.kcspeedshop.events.ObdReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pacing, time shifting and stamping, on a fake clock that the fake sleeper advances. */
class TripReplayerTest {

    private static final Instant RECORDED = Instant.parse("2018-02-20T18:23:27.775Z");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final List<ObdReading> published = new ArrayList<>();
    private final List<Long> sleeps = new ArrayList<>();
    private Instant now = NOW;

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final ReadingPublisher collecting = new ReadingPublisher() {
        @Override
        public void publish(ObdReading reading) {
            published.add(reading);
        }

        @Override
        public void flush() {
        }

        @Override
        public PublishStats stats() {
            return null;
        }

        @Override
        public void close() {
        }
    };

    private final TripReplayer replayer = new TripReplayer(collecting, clock, millis -> {
        sleeps.add(millis);
        now = now.plusMillis(millis);
    });

    private static TripLog log() {
        return new TripLog(TripLogFormat.KIT, "trip", 3, List.of(
                new RecordedReading(RECORDED, "COOLANT_TEMP", 16, "degC", 2),
                new RecordedReading(RECORDED.plusMillis(2_000), "ENGINE_RPM", 915, "rpm", 3),
                new RecordedReading(RECORDED.plusMillis(4_500), "VEHICLE_SPEED", 12, "km/h", 4)), List.of());
    }

    @Test
    void shouldWaitTheRecordedGapsDividedBySpeedAndShiftTimesToNow() throws Exception {
        ReplaySettings settings = ReplaySettings.forLog("trip").withSpeed(2);

        long count = replayer.replay(log(), settings, (done, total) -> { });

        assertThat(count).isEqualTo(3);
        assertThat(sleeps.stream().mapToLong(Long::longValue).sum()).isEqualTo(2_250); // 4.5 s at speed 2
        assertThat(sleeps).allSatisfy(millis -> assertThat(millis).isBetween(1L, 1_000L));
        // spacing as recorded, start shifted to the replay's start
        assertThat(published).extracting(ObdReading::capturedAt)
                .containsExactly(NOW, NOW.plusMillis(2_000), NOW.plusMillis(4_500));
        assertThat(published).allSatisfy(reading -> {
            assertThat(reading.vin()).isEqualTo(ReplaySettings.vinFor("trip"));
            assertThat(reading.source()).isEqualTo("replay-trip");
        });
        assertThat(published.get(1).sequence()).isGreaterThan(published.get(0).sequence());
        assertThat(published.get(2).sequence()).isGreaterThan(published.get(1).sequence());
    }

    @Test
    void shouldKeepRecordedTimesAndNeverSleepAtMaxSpeed() throws Exception {
        ReplaySettings settings = ReplaySettings.forLog("trip").withSpeed(ReplaySettings.MAX_SPEED).withKeepTime(true)
                .withVin("WVWZZZ1KZAW000001");
        List<Long> progress = new ArrayList<>();

        replayer.replay(log(), settings, (done, total) -> progress.add(done * 10 + total));

        assertThat(sleeps).isEmpty();
        assertThat(published).extracting(ObdReading::capturedAt)
                .containsExactly(RECORDED, RECORDED.plusMillis(2_000), RECORDED.plusMillis(4_500));
        assertThat(published).extracting(ObdReading::signal, ObdReading::value, ObdReading::unit).containsExactly(
                tuple("COOLANT_TEMP", 16.0, "degC"),
                tuple("ENGINE_RPM", 915.0, "rpm"),
                tuple("VEHICLE_SPEED", 12.0, "km/h"));
        assertThat(published).allSatisfy(r -> assertThat(r.vin()).isEqualTo("WVWZZZ1KZAW000001"));
        assertThat(progress).containsExactly(13L, 23L, 33L);
        assertThat(Duration.between(NOW, now)).isZero();
    }

    @Test
    void shouldStopWhenInterruptedEvenAtMaxSpeed() {
        ReplaySettings settings = ReplaySettings.forLog("trip").withSpeed(ReplaySettings.MAX_SPEED);
        Thread.currentThread().interrupt(); // what Ctrl-C's shutdown hook does

        assertThatThrownBy(() -> replayer.replay(log(), settings, (done, total) -> { }))
                .isInstanceOf(InterruptedException.class).hasMessageContaining("after 0 readings");
        assertThat(published).isEmpty();
        assertThat(Thread.interrupted()).as("flag consumed by the stop").isFalse();
    }

    @Test
    void shouldPublishEachLoggedRowAsOneCycle() throws Exception {
        List<List<ObdReading>> cycles = new ArrayList<>();
        ReadingPublisher cycleCollecting = new ReadingPublisher() {
            @Override
            public void publish(ObdReading reading) {
                throw new AssertionError("a logged row goes as a cycle, even a row of one: " + reading);
            }

            @Override
            public void publishCycle(List<ObdReading> cycle) {
                cycles.add(List.copyOf(cycle));
            }

            @Override
            public void flush() {
            }

            @Override
            public PublishStats stats() {
                return null;
            }

            @Override
            public void close() {
            }
        };
        // rows 2 and 3 were logged in the same millisecond: still two rows, two cycles
        TripLog log = new TripLog(TripLogFormat.CAROBD, "trip", 4, List.of(
                new RecordedReading(RECORDED, "COOLANT_TEMP", 16, "degC", 2),
                new RecordedReading(RECORDED, "ENGINE_RPM", 915, "rpm", 2),
                new RecordedReading(RECORDED.plusMillis(1_000), "ENGINE_RPM", 920, "rpm", 3),
                new RecordedReading(RECORDED.plusMillis(1_000), "VEHICLE_SPEED", 3, "km/h", 4),
                new RecordedReading(RECORDED.plusMillis(1_000), "ENGINE_RPM", 925, "rpm", 4)), List.of());
        List<Long> progress = new ArrayList<>();

        long count = new TripReplayer(cycleCollecting, clock, millis -> now = now.plusMillis(millis))
                .replay(log, ReplaySettings.forLog("trip").withSpeed(ReplaySettings.MAX_SPEED),
                        (done, total) -> progress.add(done));

        assertThat(count).isEqualTo(5);
        assertThat(cycles).extracting(List::size).containsExactly(2, 1, 2);
        assertThat(cycles.get(0)).extracting(ObdReading::signal).containsExactly("COOLANT_TEMP", "ENGINE_RPM");
        assertThat(cycles.get(2)).extracting(ObdReading::signal, ObdReading::value)
                .containsExactly(tuple("VEHICLE_SPEED", 3.0), tuple("ENGINE_RPM", 925.0));
        assertThat(cycles).allSatisfy(cycle -> assertThat(cycle).extracting(ObdReading::capturedAt)
                .containsOnly(cycle.get(0).capturedAt()));
        assertThat(cycles.stream().flatMap(List::stream).map(ObdReading::sequence).toList()).isSorted()
                .doesNotHaveDuplicates();
        assertThat(progress).containsExactly(2L, 3L, 5L);
    }

    @Test
    void shouldDeriveAValidStableVinAndValidateSettings() {
        assertThat(ReplaySettings.vinFor("drive7")).isEqualTo(ReplaySettings.vinFor("drive7"))
                .isNotEqualTo(ReplaySettings.vinFor("drive8"));
        assertThat(VinGenerator.isValid(ReplaySettings.vinFor("drive7"))).isTrue();
        assertThat(ReplaySettings.parseSpeed("max")).isInfinite();
        assertThat(ReplaySettings.parseSpeed("10")).isEqualTo(10.0);
        assertThatThrownBy(() -> ReplaySettings.parseSpeed("0")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> ReplaySettings.parseSpeed("fast")).hasMessageContaining("'fast'");
        assertThatThrownBy(() -> ReplaySettings.forLog("x").withVin("WVW-SHORT")).hasMessageContaining("17 characters");
    }
}
