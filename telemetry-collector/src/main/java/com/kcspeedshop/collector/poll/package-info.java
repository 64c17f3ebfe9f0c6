/**
 * Polling a car through an ELM327 session: discover which service 01 PIDs each ECU answers ({@link
 * com.kcspeedshop.collector.poll.PidDiscovery}), plan how often to ask for each ({@link
 * com.kcspeedshop.collector.poll.PollPlan}, {@link com.kcspeedshop.collector.poll.PollRates}), and ask in a loop
 * ({@link com.kcspeedshop.collector.poll.Poller}): request, parse, decode, drop what is physically implausible, turn
 * into readings, publish. {@link com.kcspeedshop.collector.poll.CarDiscovery} finds the car (VIN, PIDs, plan) at
 * start and again after every reconnect, since the adapter may have moved to another car.
 *
 * <p>Invariants: the loop never throws for what the adapter, the car or the link does (errors, garbage, timeouts are
 * counted in {@link com.kcspeedshop.collector.poll.PollStats} and logged); one request carries at most six PIDs, and
 * more than one only on CAN when the session allows multi-PID requests; every reading gets a sequence strictly
 * increasing per source; no reading is stamped with a VIN found before the latest reconnect; an implausible value is
 * never published, only counted and logged with its raw frame.
 */
package com.kcspeedshop.collector.poll;
