package com.kcspeedshop.collector.replay;

import com.kcspeedshop.datasets.trips.RecordedReading;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.collector.publish.SourceSequence;
import com.kcspeedshop.events.ObdReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a {@link TripLog}'s readings in recorded order, paced at the recorded speed times a factor, each logged row
 * (the readings of one line with one time: what the logger polled together) as one
 * {@link ReadingPublisher#publishCycle cycle}. The recorded
 * spacing of capture times is always kept (so rates of change stay physical); without {@code keepTime} the trip is
 * shifted to start at the moment the replay starts, so at speed 1 capture time equals publish time.
 */
public final class TripReplayer {

    /** Waits; {@code Thread::sleep} in production, a clock-advancing fake in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** Told how far the replay got, after each row's readings and at least every second while waiting. */
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
     * Publishes every reading of {@code log}, row by row; returns when all are handed to the publisher (not yet
     * flushed).
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
        for (int from = 0; from < readings.size(); ) {
            if (Thread.interrupted()) { // Ctrl-C: at max speed there is no sleep to be interrupted in
                throw new InterruptedException("replay stopped after " + published + " readings");
            }
            int to = endOfRow(readings, from);
            Instant recordedAt = readings.get(from).recordedAt();
            Duration offset = Duration.between(first, recordedAt);
            waitUntilDue(replayStart, offset, settings.speed(), published, readings.size(), listener);
            Instant capturedAt = settings.keepTime() ? recordedAt : replayStart.plus(offset);
            List<ObdReading> cycle = new ArrayList<>(to - from);
            for (RecordedReading recorded : readings.subList(from, to)) {
                cycle.add(new ObdReading(settings.vin(), recorded.signal(), recorded.value(), recorded.unit(),
                        capturedAt, settings.sourceId(), sequence.next()));
            }
            publisher.publishCycle(cycle);
            published += cycle.size();
            from = to;
            listener.progress(published, readings.size());
        }
        return published;
    }

    /**
     * Where the logged row starting at {@code from} ends: a logger writes one row per poll cycle, every signal of it
     * with the row's time, so the consecutive readings of one line with one capture time are replayed as one cycle.
     */
    private static int endOfRow(List<RecordedReading> readings, int from) {
        RecordedReading head = readings.get(from);
        int to = from + 1;
        while (to < readings.size() && readings.get(to).line() == head.line()
                && readings.get(to).recordedAt().equals(head.recordedAt())) {
            to++;
        }
        return to;
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
