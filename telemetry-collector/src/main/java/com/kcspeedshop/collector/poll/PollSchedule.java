package com.kcspeedshop.collector.poll;

import java.util.ArrayList;
import java.util.List;

/**
 * When each PID of a plan is next due. Not thread-safe: the poller's thread owns it.
 *
 * <p>A PID that fell behind (the adapter is slower than the plan asks) is not polled in a burst to catch up: its next
 * slot is never earlier than now, so slow links degrade to "as often as possible" in priority order.
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

    /** Up to one request's worth of due PIDs, highest priority and then most overdue first; empty if none is due. */
    int[] due(long nowNanos) {
        List<Integer> due = new ArrayList<>();
        for (int i = 0; i < pids.size(); i++) {
            if (nextDue[i] - nowNanos <= 0) {
                due.add(i);
            }
        }
        due.sort((a, b) -> pids.get(a).priority() != pids.get(b).priority()
                ? Integer.compare(pids.get(a).priority(), pids.get(b).priority())
                : Long.compare(nextDue[a], nextDue[b]));
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
