package com.kcspeedshop.collector.poll;

import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.obd.DecodeError;
import com.kcspeedshop.collector.obd.DecodedValue;
import com.kcspeedshop.collector.obd.ObdDecodeResult;
import com.kcspeedshop.collector.obd.ObdReadings;
import com.kcspeedshop.collector.obd.ObdRequests;
import com.kcspeedshop.collector.obd.PidValues;
import com.kcspeedshop.collector.obd.Plausibility;
import com.kcspeedshop.collector.publish.FailureLog;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.Vin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling loop: due PIDs → one service 01 request → parse → decode → readings → publisher (the request's
 * readings as one {@link ReadingPublisher#publishCycle cycle}), until {@link #stop()}.
 *
 * <p>Never throws for what the adapter or car does: errors, garbage and timeouts are counted and logged (folded into
 * a summary line when frequent). A dropped link is reconnected by the session; an adapter that stays unreachable is
 * tried again after {@link #UNAVAILABLE_PAUSE}. A stop lets the request in flight finish and publishes its readings.
 */
public final class Poller {

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    /** Wait before trying an unreachable adapter again (the session already backed off within its own attempts). */
    static final Duration UNAVAILABLE_PAUSE = Duration.ofSeconds(2);
    /** Longest idle sleep, so a stop is seen quickly. */
    private static final long MAX_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ObdQuery query;
    private final ReadingPublisher publisher;
    /** Replaced after a reconnect finds another car or another PID set; read by stats threads, written by run(). */
    private volatile PollPlan plan;
    private volatile String vin;
    private PollSchedule schedule; // run() thread only
    private Rediscovery rediscovery;
    private long seenConnections;
    private final String source;
    private final LongSupplier sequence;
    private final FailureLog failures = new FailureLog(LOG, TimeUnit.SECONDS.toNanos(10));
    private volatile boolean stopped;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong adapterErrors = new AtomicLong();
    private final AtomicLong garbage = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong linkLosses = new AtomicLong();
    private final AtomicLong decodeErrors = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong rediscoveries = new AtomicLong();
    private final AtomicLong implausible = new AtomicLong();
    /** Its own rate limit: a faulty sensor answers every poll, and must not hide the adapter's errors in the log. */
    private final FailureLog implausibleLog = new FailureLog(LOG, TimeUnit.SECONDS.toNanos(10));

    /**
     * @param vin      the vehicle every reading is stamped with (from service 09, or configured)
     * @param source   source id stamped on every reading
     * @param sequence strictly increasing per source, e.g. {@code new SourceSequence(clock)::next}
     */
    public Poller(ObdQuery query, PollPlan plan, ReadingPublisher publisher, String vin, String source,
                  LongSupplier sequence) {
        this.query = Objects.requireNonNull(query, "query");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        if (!Vin.isWellFormed(vin)) {
            throw new IllegalArgumentException("a VIN is 17 characters A-Z/0-9 without I, O, Q, got: " + vin);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a source id is required: readings are deduplicated by (source, "
                    + "sequence)");
        }
        this.vin = vin;
        this.source = source;
        this.sequence = Objects.requireNonNull(sequence, "sequence");
    }

    /** Finds the car behind the adapter after a reconnect: {@link CarDiscovery#discover}, plus what the caller adds. */
    @FunctionalInterface
    public interface Rediscovery {
        CarSetup after(com.kcspeedshop.collector.elm327.session.Fingerprint fingerprint)
                throws AdapterUnavailableException;
    }

    /**
     * After each reconnect of the session (the adapter was re-initialised and re-fingerprinted), asks
     * {@code rediscovery} for the car now behind it before publishing anything more: its VIN stamps the readings from
     * then on, and a changed PID set rebuilds the plan. Without it the poller keeps its VIN and plan. Call before
     * {@link #run()}.
     */
    public Poller rediscoverAfterReconnect(Rediscovery rediscovery) {
        this.rediscovery = Objects.requireNonNull(rediscovery, "rediscovery");
        return this;
    }

    /** Polls on the calling thread until {@link #stop()}; returns after the request in flight is published. */
    public void run() {
        seenConnections = query.session().connections();
        schedule = new PollSchedule(plan, System.nanoTime());
        LOG.info("polling {} for {} as {}: {}", query.session().description(), vin, source, plan.describe());
        while (!stopped) {
            long now = System.nanoTime();
            int[] due = schedule.due(now);
            if (due.length == 0) {
                pause(Math.min(MAX_IDLE_NANOS, schedule.untilNext(now)));
                continue;
            }
            pollOnce(due);
        }
        LOG.info("polling stopped: {}", stats().summary());
    }

    /** Asks to stop; {@link #run()} returns once the request in flight is done. Callable from any thread. */
    public void stop() {
        stopped = true;
    }

    private void pollOnce(int[] pids) {
        requests.incrementAndGet();
        ObdQuery.Outcome outcome;
        try {
            outcome = query.ask(ObdRequests.currentData(pids), !stopped);
        } catch (AdapterUnavailableException e) {
            unavailable.incrementAndGet();
            failures.failed("reaching the adapter", e.getMessage());
            pause(UNAVAILABLE_PAUSE.toNanos());
            return;
        }
        count(outcome);
        if (rediscovery != null && query.session().connections() != seenConnections) {
            // the answer came from whatever car the adapter is in now: find out which before stamping it
            rediscover();
        }
        publish(outcome);
    }

    private void rediscover() {
        seenConnections = query.session().connections();
        var fingerprint = query.session().fingerprint().orElseThrow();
        CarSetup setup;
        try {
            setup = rediscovery.after(fingerprint);
        } catch (AdapterUnavailableException e) {
            seenConnections = -1; // try again after the next poll
            unavailable.incrementAndGet();
            failures.failed("rediscovering the car after a reconnect", e.getMessage());
            return;
        } catch (RuntimeException e) {
            failures.failed("rediscovering the car after a reconnect (keeping " + vin + " and the old plan)",
                    e.getMessage());
            return;
        }
        rediscoveries.incrementAndGet();
        if (!setup.vin().equals(vin)) {
            LOG.warn("after a reconnect the adapter reports car {} instead of {}: readings are stamped {} from now on",
                    setup.vin(), vin, setup.vin());
            vin = setup.vin();
        }
        if (!setup.plan().equals(plan)) {
            LOG.warn("after a reconnect the supported PIDs changed: poll plan rebuilt, {} (was {})",
                    setup.plan().describe(), plan.describe());
            plan = setup.plan();
            schedule = new PollSchedule(plan, System.nanoTime());
        }
    }

    private void count(ObdQuery.Outcome outcome) {
        AtomicLong counter = switch (outcome.kind()) {
            case ANSWERED -> null;
            case ADAPTER_ERROR -> adapterErrors;
            case GARBAGE -> garbage;
            case TIMEOUT -> timeouts;
            case LINK_LOST -> linkLosses;
        };
        if (counter != null) {
            counter.incrementAndGet();
            failures.failed("polling", outcome.problem());
        }
        for (ObdDecodeResult result : outcome.results()) {
            if (result instanceof DecodeError error) {
                decodeErrors.incrementAndGet();
                failures.failed("decoding " + error.ecu(), error.reason() + " in " + error.hex());
            }
        }
    }

    private void publish(ObdQuery.Outcome outcome) {
        List<ObdReading> cycle = ObdReadings.toReadings(plausibleOnly(outcome), vin, outcome.answeredAt(), source,
                sequence);
        if (!cycle.isEmpty()) {
            // one request's answers are one cycle: one record downstream instead of one per PID
            publisher.publishCycle(cycle);
        }
        readings.addAndGet(cycle.size());
    }

    /**
     * The outcome's results without the measured values that cannot be real (a shorted sensor, a corrupted frame that
     * still parsed): those are counted and logged with the raw frame, and take no sequence number.
     */
    private List<ObdDecodeResult> plausibleOnly(ObdQuery.Outcome outcome) {
        List<ObdDecodeResult> kept = new ArrayList<>(outcome.results().size());
        for (ObdDecodeResult result : outcome.results()) {
            if (!(result instanceof PidValues values) || values.service() != 0x01) {
                kept.add(result);
                continue;
            }
            List<DecodedValue> plausible = new ArrayList<>(values.values().size());
            for (DecodedValue value : values.values()) {
                Optional<String> problem = value.isMeasured()
                        ? Plausibility.problem(value.name(), value.value(), value.unit()) : Optional.empty();
                if (problem.isEmpty()) {
                    plausible.add(value);
                    continue;
                }
                implausible.incrementAndGet();
                implausibleLog.failed(String.format("plausibility of PID %02X from ECU %s", values.pid(),
                        values.ecu()), problem.get() + "; not published; raw frame: " + outcome.raw());
            }
            kept.add(new PidValues(values.ecu(), values.service(), values.pid(), plausible, values.frame()));
        }
        return kept;
    }

    private void pause(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    public PollStats stats() {
        return new PollStats(requests.get(), readings.get(), adapterErrors.get(), garbage.get(), timeouts.get(),
                linkLosses.get(), decodeErrors.get(), unavailable.get(), implausible.get());
    }

    /** The plan in use: the initial one, or the one rebuilt after a reconnect. */
    public PollPlan plan() {
        return plan;
    }

    /** The VIN readings are stamped with now. */
    public String vin() {
        return vin;
    }

    /** Reconnects after which the car was rediscovered. */
    public long rediscoveries() {
        return rediscoveries.get();
    }
}
