package com.kcspeedshop.collector.poll;

import com.kcspeedshop.collector.obd.PidCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What to poll, how often, and how many PIDs one request may carry. Immutable; the {@link Poller} keeps the timing.
 *
 * @param pids              the PIDs, in priority order
 * @param maxPidsPerRequest 1..6: six on CAN when the adapter handles multi-PID requests, else one
 */
public record PollPlan(List<PolledPid> pids, int maxPidsPerRequest) {

    /** Service 01 carries at most six PIDs in one request (ISO 15765-4). */
    public static final int MAX_PIDS_PER_REQUEST = 6;

    public PollPlan {
        pids = List.copyOf(pids);
        if (pids.isEmpty()) {
            throw new IllegalArgumentException("a poll plan needs at least one PID; did discovery find none?");
        }
        if (maxPidsPerRequest < 1 || maxPidsPerRequest > MAX_PIDS_PER_REQUEST) {
            throw new IllegalArgumentException("PIDs per request must be within 1..6, got " + maxPidsPerRequest);
        }
    }

    /**
     * A plan for every discovered PID that yields readings (bitmaps and state-only PIDs are left out, since they
     * measure nothing), at the rates given.
     *
     * @param batching true to put up to six PIDs into one request
     */
    public static PollPlan of(DiscoveredPids discovered, PollRates rates, boolean batching) {
        List<PolledPid> pids = new ArrayList<>();
        for (int pid : discovered.union()) {
            if (!PidCatalog.isBitmap(pid) && !PidCatalog.signals(pid).isEmpty()) {
                PollRates.Rate rate = rates.rateOf(pid);
                pids.add(new PolledPid(pid, Duration.ofNanos(Math.round(1e9 / rate.hz())), rate.priority()));
            }
        }
        pids.sort(Comparator.comparingInt(PolledPid::priority).thenComparingInt(PolledPid::pid));
        return new PollPlan(pids, batching ? MAX_PIDS_PER_REQUEST : 1);
    }

    /** Human summary, e.g. {@code 0C@5Hz 0D@5Hz 42@1Hz ..., 6 per request}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (PolledPid p : pids) {
            text.append(String.format(java.util.Locale.ROOT, "%02X@%.2gHz ", p.pid(), 1e9 / p.interval().toNanos()));
        }
        return text.append("(").append(maxPidsPerRequest).append(" per request)").toString();
    }
}
