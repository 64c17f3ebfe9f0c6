package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.poll.Poller;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a poller until --duration passes or a stop (Ctrl-C, SIGTERM, or a test's {@link GracefulStop}), printing the
 * status line. On a stop the poller finishes the request in flight and publishes (journals) its readings; then the
 * adapter is released at once, and only then is the publisher flushed and closed, which may wait for Kafka.
 */
final class PollRunner {

    private final Poller poller;
    private final ReadingPublisher publisher;
    private final Duration statusInterval;
    private final Duration duration;
    private final PrintWriter out;
    private final GracefulStop stop;
    private final Runnable releaseAdapter;

    /**
     * @param stop           the command's stop; this runner registers the poller's stop with it
     * @param releaseAdapter closes the adapter's port once polling ended, before the publisher's possibly long flush
     */
    PollRunner(Poller poller, ReadingPublisher publisher, Duration statusInterval, Duration duration,
               PrintWriter out, GracefulStop stop, Runnable releaseAdapter) {
        this.poller = poller;
        this.publisher = publisher;
        this.statusInterval = statusInterval;
        this.duration = duration;
        this.out = out;
        this.stop = stop;
        this.releaseAdapter = releaseAdapter;
    }

    void run() throws InterruptedException {
        Thread polling = new Thread(poller::run, "kcs-collector-poller");
        long started = System.nanoTime();
        ScheduledExecutorService status = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kcs-collector-status");
            thread.setDaemon(true);
            return thread;
        });
        status.scheduleAtFixedRate(() -> print(started), statusInterval.toMillis(), statusInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            stop.onStop(poller::stop); // before start: a stop requested meanwhile stops it at once
            polling.start();
            if (duration == null) {
                polling.join();
            } else {
                polling.join(duration.toMillis());
                poller.stop();
                polling.join();
            }
            releaseAdapter.run();
            publisher.close();
            out.println("done: " + poller.stats().summary() + "; " + StatusLine.summary(publisher.stats()));
            out.flush();
        } finally {
            status.shutdownNow();
        }
    }

    private void print(long started) {
        out.println(StatusLine.format(Duration.ofNanos(System.nanoTime() - started), publisher.stats()) + "; "
                + poller.stats().summary());
        out.flush();
    }
}
