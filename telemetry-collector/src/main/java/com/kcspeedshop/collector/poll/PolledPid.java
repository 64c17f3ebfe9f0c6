package com.kcspeedshop.collector.poll;

import java.time.Duration;

/**
 * One PID in a {@link PollPlan}.
 *
 * @param pid      service 01 PID
 * @param interval time between two polls
 * @param priority 0 first; among PIDs due at once the lower number goes into the next request first
 */
public record PolledPid(int pid, Duration interval, int priority) {
}
