/**
 * Polling a car through an ELM327 session: discover which service 01 PIDs each ECU answers ({@link
 * com.kcspeedshop.collector.poll.PidDiscovery}), plan how often to ask for each ({@link
 * com.kcspeedshop.collector.poll.PollPlan}, {@link com.kcspeedshop.collector.poll.PollRates}), and ask in a loop
 * ({@link com.kcspeedshop.collector.poll.Poller}): request, parse, decode, turn into readings, publish.
 *
 * <p>Invariants: the loop never throws for what the adapter, the car or the link does (errors, garbage, timeouts are
 * counted in {@link com.kcspeedshop.collector.poll.PollStats} and logged); one request carries at most six PIDs, and
 * more than one only on CAN when the session allows multi-PID requests; every reading gets a sequence strictly
 * increasing per source.
 */
package com.kcspeedshop.collector.poll;
