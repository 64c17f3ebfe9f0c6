package com.kcspeedshop.training.cli;

import com.kcspeedshop.training.rul.TrainingProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, so stdout stays clean for reports and JSON. Redrawn in place with a carriage
 * return; when stderr is not a terminal it prints a line every 10 %, at the end and at least every 20 s.
 */
final class ProgressBar implements TrainingProgress {

    private static final int WIDTH = 30;
    /** Without a terminal, a line at least this often, so a slow epoch still shows life in a log. */
    private static final long QUIET_NANOS = 20_000_000_000L;

    private final PrintWriter err;
    private final String label;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int lastDecile = -1;
    private long lastPrinted;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
        this.terminal = System.console() != null;
    }

    @Override
    public void update(int done, int total, String note) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String elapsed = format(Duration.ofNanos(System.nanoTime() - started));
        String line = String.format(Locale.ROOT, "%s [%s%s] %d/%d %s %s", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, elapsed, note);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            if (done >= total) {
                err.println();
            }
        } else {
            int decile = total == 0 ? 10 : done * 10 / total;
            long now = System.nanoTime();
            if (decile != lastDecile || done >= total || now - lastPrinted > QUIET_NANOS) {
                lastDecile = decile;
                lastPrinted = now;
                err.println(line);
            }
        }
        err.flush();
    }

    /** Ends the bar's line if training stopped early (a terminal bar would otherwise be overwritten). */
    void finish() {
        if (terminal) {
            err.println();
        }
    }

    static String format(Duration d) {
        return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
