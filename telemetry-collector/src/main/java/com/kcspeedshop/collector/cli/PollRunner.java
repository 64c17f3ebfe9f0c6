package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.poll.Poller;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a poller until --duration passes or Ctrl-C, printing the status line; on Ctrl-C the JVM is held until the
 * request in flight is published and the publisher flushed, so a clean stop loses nothing.
 */
final class PollRunner {

    private final Poller poller;
    private final ReadingPublisher publisher;
    private final Duration statusInterval;
    private final Duration duration;
    private final PrintWriter out;

    PollRunner(Poller poller, ReadingPublisher publisher, Duration statusInterval, Duration duration,
               PrintWriter out) {
        this.poller = poller;
        this.publisher = publisher;
        this.statusInterval = statusInterval;
        this.duration = duration;
        this.out = out;
    }

    void run() throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            poller.stop();
            try {
                finished.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kcs-collector-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
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
            polling.start();
            if (duration == null) {
                polling.join();
            } else {
                polling.join(duration.toMillis());
                poller.stop();
                polling.join();
            }
            publisher.close();
            out.println("done: " + poller.stats().summary() + "; " + StatusLine.summary(publisher.stats()));
            out.flush();
        } finally {
            status.shutdownNow();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and waits only for 'finished', already counted down
            }
        }
    }

    private void print(long started) {
        out.println(StatusLine.format(Duration.ofNanos(System.nanoTime() - started), publisher.stats()) + "; "
                + poller.stats().summary());
        out.flush();
    }
}
