package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.publish.PublishStats;
import java.time.Duration;
import java.util.Locale;

/** The one-line progress report a long-running command prints every few seconds. */
final class StatusLine {

    private StatusLine() {
    }

    /** e.g. {@code [00:01:05] readings sent 9,100, send errors 0, pending 14}. */
    static String format(Duration elapsed, PublishStats stats) {
        return "[" + clock(elapsed) + "] " + summary(stats);
    }

    static String summary(PublishStats stats) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "readings sent %,d, send errors %,d, pending %,d", stats.delivered(), stats.failed(), stats.pending()));
        if (stats.lastError() != null) {
            line.append(", last error: ").append(stats.lastError());
        }
        return line.toString();
    }

    private static String clock(Duration elapsed) {
        long seconds = elapsed.toSeconds();
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
