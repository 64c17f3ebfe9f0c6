package com.kcspeedshop.collector.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The stop of a long-running command, shared by its JVM shutdown hook (Ctrl-C, SIGTERM) and by tests, which call
 * {@link #stopAndAwait} in-process instead of sending a signal. A stop asks the work to finish what is in flight (the
 * poller's request); the caller is held, up to a bound, until the command has released everything ({@link #finished}).
 */
final class GracefulStop {

    private final CountDownLatch finished = new CountDownLatch(1);
    private Runnable action; // guarded by this
    private boolean requested; // guarded by this

    /** What a stop does once the work runs; runs at once if a stop was already requested. */
    void onStop(Runnable stopAction) {
        boolean now;
        synchronized (this) {
            action = stopAction;
            now = requested;
        }
        if (now) {
            stopAction.run();
        }
    }

    /** True once a stop was requested: work not yet started should not start. */
    synchronized boolean requested() {
        return requested;
    }

    /**
     * Requests the stop and waits up to {@code max} for the command to finish.
     *
     * @return true when the command finished in time
     */
    boolean stopAndAwait(Duration max) {
        Runnable stopAction;
        synchronized (this) {
            requested = true;
            stopAction = action;
        }
        if (stopAction != null) {
            stopAction.run();
        }
        try {
            return finished.await(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The command has released everything (port closed, publishers flushed and closed). */
    void finished() {
        finished.countDown();
    }

    /**
     * Installs {@code stop} as a JVM shutdown hook; close the returned handle when the command is done, which also
     * marks it {@linkplain #finished finished}.
     */
    static AutoCloseable hook(GracefulStop stop, Duration max) {
        Thread hook = new Thread(() -> stop.stopAndAwait(max), "kcs-collector-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            stop.finished();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running; it waits only for 'finished', already counted down
            }
        };
    }
}
