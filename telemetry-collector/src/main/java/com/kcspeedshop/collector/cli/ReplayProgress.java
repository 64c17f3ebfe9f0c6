package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.publish.PublishStats;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/** The replay's status line with a progress bar, printed at most once per interval. */
final class ReplayProgress {

    private static final int BAR_WIDTH = 20;

    private final PrintWriter out;
    private final long intervalNanos;
    private final Supplier<PublishStats> stats;
    private final long started = System.nanoTime();
    private long lastPrinted = started;

    ReplayProgress(PrintWriter out, Duration interval, Supplier<PublishStats> stats) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
        this.stats = stats;
    }

    void update(long published, long total) {
        long now = System.nanoTime();
        if (now - lastPrinted < intervalNanos) {
            return;
        }
        lastPrinted = now;
        out.println(line(published, total, Duration.ofNanos(now - started), stats.get()));
        out.flush();
    }

    /** e.g. {@code [00:00:05] [#####...............] 3,250/13,000 (25%) readings sent 3,200, send errors 0, ...}. */
    static String line(long published, long total, Duration elapsed, PublishStats stats) {
        int filled = total == 0 ? BAR_WIDTH : (int) (published * BAR_WIDTH / total);
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        long percent = total == 0 ? 100 : published * 100 / total;
        return StatusLine.format(elapsed, stats).replaceFirst("] ", String.format(Locale.ROOT,
                "] [%s] %,d/%,d (%d%%) ", bar, published, total, percent));
    }
}
