package com.kcspeedshop.collector.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * On Ctrl-C, interrupts the command's thread and holds the JVM (up to a limit) until the command has flushed what is
 * in flight, rather than losing it. Close it when the command is done.
 */
final class ShutdownGuard implements AutoCloseable {

    private static final long MAX_WAIT_SECONDS = 15;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownGuard(Thread worker) {
        hook = new Thread(() -> {
            worker.interrupt();
            try {
                finished.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kcs-collector-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Guards the calling thread. */
    static ShutdownGuard forCurrentThread() {
        return new ShutdownGuard(Thread.currentThread());
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already running the hook, which waits only for 'finished', already counted down
        }
    }
}
