package com.kcspeedshop.collector.publish.journal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The background fsync of {@link FsyncPolicy.Mode#INTERVAL}; a no-op for the other policies. */
final class JournalSyncer {

    private final ScheduledExecutorService executor;

    private JournalSyncer(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static JournalSyncer start(FsyncPolicy policy, Runnable sync) {
        if (policy.mode() != FsyncPolicy.Mode.INTERVAL) {
            return new JournalSyncer(null);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kcs-journal-fsync");
            thread.setDaemon(true); // close() forces anyway; a forgotten journal must not keep the JVM alive
            return thread;
        });
        long millis = policy.interval().toMillis();
        executor.scheduleWithFixedDelay(sync, millis, millis, TimeUnit.MILLISECONDS);
        return new JournalSyncer(executor);
    }

    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
