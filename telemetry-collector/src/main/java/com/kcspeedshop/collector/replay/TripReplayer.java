package com.kcspeedshop.collector.replay;

import com.kcspeedshop.datasets.trips.RecordedReading;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.collector.publish.SourceSequence;
import com.kcspeedshop.events.ObdReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Publishes a {@link TripLog}'s readings in recorded order, paced at the recorded speed times a factor. The recorded
 * spacing of capture times is always kept (so rates of change stay physical); without {@code keepTime} the trip is
 * shifted to start at the moment the replay starts, so at speed 1 capture time equals publish time.
 */
public final class TripReplayer {

    /** Waits; {@code Thread::sleep} in production, a clock-advancing fake in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** Told how far the replay got, after each reading and at least every second while waiting. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long published, long total);
    }

    private static final long MAX_SLEEP_MILLIS = 1_000;

    private final ReadingPublisher publisher;
    private final Clock clock;
    private final Sleeper sleeper;

    public TripReplayer(ReadingPublisher publisher, Clock clock, Sleeper sleeper) {
        this.publisher = publisher;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A replayer on the system clock that really sleeps. */
    public static TripReplayer realTime(ReadingPublisher publisher) {
        return new TripReplayer(publisher, Clock.systemUTC(), Thread::sleep);
    }

    /**
     * Publishes every reading of {@code log}; returns when all are handed to the publisher (not yet flushed).
     *
     * @return the number of readings published
     * @throws InterruptedException if the thread is interrupted (Ctrl-C); the readings published so far stay so
     */
    public long replay(TripLog log, ReplaySettings settings, ProgressListener listener) throws InterruptedException {
        List<RecordedReading> readings = log.readings();
        if (readings.isEmpty()) {
            return 0;
        }
        SourceSequence sequence = new SourceSequence(clock);
        Instant first = readings.get(0).recordedAt();
        Instant replayStart = clock.instant();
        long published = 0;
        for (RecordedReading recorded : readings) {
            if (Thread.interrupted()) { // Ctrl-C: at max speed there is no sleep to be interrupted in
                throw new InterruptedException("replay stopped after " + published + " readings");
            }
            Duration offset = Duration.between(first, recorded.recordedAt());
            waitUntilDue(replayStart, offset, settings.speed(), published, readings.size(), listener);
            Instant capturedAt = settings.keepTime() ? recorded.recordedAt() : replayStart.plus(offset);
            publisher.publish(new ObdReading(settings.vin(), recorded.signal(), recorded.value(), recorded.unit(),
                    capturedAt, settings.sourceId(), sequence.next()));
            published++;
            listener.progress(published, readings.size());
        }
        return published;
    }

    private void waitUntilDue(Instant replayStart, Duration offset, double speed, long published, long total,
                              ProgressListener listener) throws InterruptedException {
        if (Double.isInfinite(speed)) {
            return;
        }
        Instant due = replayStart.plusNanos((long) (offset.toNanos() / speed));
        for (long wait = Duration.between(clock.instant(), due).toMillis(); wait > 0;
             wait = Duration.between(clock.instant(), due).toMillis()) {
            sleeper.sleep(Math.min(wait, MAX_SLEEP_MILLIS));
            listener.progress(published, total);
        }
    }
}
