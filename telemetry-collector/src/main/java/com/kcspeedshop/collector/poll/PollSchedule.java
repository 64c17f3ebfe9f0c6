package com.kcspeedshop.collector.poll;

import java.util.ArrayList;
import java.util.List;

/**
 * When each PID of a plan is next due. Not thread-safe: the poller's thread owns it.
 *
 * <p>The PID due earliest goes first; priority breaks ties (at start everything is due at once). A PID that fell behind
 * (the adapter is slower than the plan asks) is not polled in a burst to catch up: its next slot is then a full
 * interval from now. Together these keep a slow link (a clone spacing requests 100 ms apart, one PID each) from
 * starving the slow signals behind the fast ones: each PID still gets its turn.
 */
final class PollSchedule {

    private final List<PolledPid> pids;
    private final long[] nextDue;
    private final int batch;

    PollSchedule(PollPlan plan, long startNanos) {
        this.pids = plan.pids();
        this.batch = plan.maxPidsPerRequest();
        this.nextDue = new long[pids.size()];
        java.util.Arrays.fill(nextDue, startNanos);
    }

    /** Up to one request's worth of due PIDs, earliest due first, then by priority; empty if none is due. */
    int[] due(long nowNanos) {
        List<Integer> due = new ArrayList<>();
        for (int i = 0; i < pids.size(); i++) {
            if (nextDue[i] - nowNanos <= 0) {
                due.add(i);
            }
        }
        due.sort((a, b) -> nextDue[a] != nextDue[b] ? Long.compare(nextDue[a], nextDue[b])
                : Integer.compare(pids.get(a).priority(), pids.get(b).priority()));
        int[] taken = new int[Math.min(batch, due.size())];
        for (int i = 0; i < taken.length; i++) {
            int index = due.get(i);
            taken[i] = pids.get(index).pid();
            long interval = pids.get(index).interval().toNanos();
            long next = nextDue[index] + interval;
            nextDue[index] = next - nowNanos <= 0 ? nowNanos + interval : next;
        }
        return taken;
    }

    /** Nanos until the earliest PID is due; 0 or less when one is due now. */
    long untilNext(long nowNanos) {
        long earliest = Long.MAX_VALUE;
        for (long due : nextDue) {
            earliest = Math.min(earliest, due - nowNanos);
        }
        return earliest;
    }
}
