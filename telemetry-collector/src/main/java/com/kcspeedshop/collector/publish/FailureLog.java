package com.kcspeedshop.collector.publish;

import org.slf4j.Logger;

/**
 * Logs send failures without flooding: the first one at once, then at most one line per interval that says how many
 * more failed and why the latest did. A dead broker fails thousands of readings a minute; one line per reading would
 * bury the reason. Every failure is still counted in {@link PublishStats}.
 */
public final class FailureLog {

    private final Logger log;
    private final long intervalNanos;
    private long lastLoggedNanos;
    private boolean loggedAny;
    private long suppressed;

    public FailureLog(Logger log, long intervalNanos) {
        this.log = log;
        this.intervalNanos = intervalNanos;
    }

    /** Records one failure; logs it now or folds it into the next summary line. */
    public synchronized void failed(String what, String reason) {
        long now = System.nanoTime();
        if (loggedAny && now - lastLoggedNanos < intervalNanos) {
            suppressed++;
            return;
        }
        if (suppressed > 0) {
            log.warn("{} failed: {} ({} more failures since the last report)", what, reason, suppressed);
        } else {
            log.warn("{} failed: {}", what, reason);
        }
        loggedAny = true;
        lastLoggedNanos = now;
        suppressed = 0;
    }
}
