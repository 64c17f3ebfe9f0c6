package com.kcspeedshop.collector.sim;

import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.collector.publish.SourceSequence;
import com.kcspeedshop.events.ObdReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fleet of simulated cars that publishes every signal of every car once per tick, each car's tick as one
 * {@link ReadingPublisher#publishCycle cycle}.
 *
 * <p>Two ways to run: {@link #start()} ticks in real time on its own thread until {@link #close()}; {@link #runTicks}
 * runs a fixed number of ticks as fast as possible on the caller's thread, with simulated time advancing one tick
 * interval per tick (tests, benchmarks, back-filling). {@link #tick()} runs one tick at the clock's current time, for
 * tests that step a fake clock. Readings carry the simulated capture time as event time.
 *
 * <p>The publisher belongs to the caller: {@code close()} flushes it but does not close it.
 */
public final class FleetSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetSimulator.class);
    /** The engine ECU's CAN response id: every simulated signal is an engine (ECM) PID. */
    static final String ENGINE_ECU = "7E8";
    /** Keeps each car's physics stream independent of the VIN generator's stream for the same seed. */
    private static final long PHYSICS_SALT = 0x5EED_CA75L;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Signal[] SIGNALS = Signal.values();

    private final SimulatorSettings settings;
    private final ReadingPublisher publisher;
    private final Clock clock;
    private final SourceSequence sequence;
    private final List<SimulatedCar> cars;
    private final List<String> vins;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failedTicks = new AtomicLong();
    private final Object tickLock = new Object();
    private Instant lastTickAt;
    private ScheduledExecutorService scheduler;
    private boolean closed;
    private boolean warnedBehind; // only touched by the scheduler thread

    /**
     * @param clock the time source for simulated time and sequence numbers; {@link Clock#systemUTC()} in production,
     *              a stepped fake in tests
     */
    public FleetSimulator(SimulatorSettings settings, ReadingPublisher publisher, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sequence = new SourceSequence(clock);
        List<SimulatedCar> fleet = new ArrayList<>(settings.vehicles());
        for (int i = 0; i < settings.vehicles(); i++) {
            String vin = VinGenerator.vinFor(settings.seed(), i);
            fleet.add(new SimulatedCar(vin, new SplittableRandom((settings.seed() ^ PHYSICS_SALT) * 31 + i)));
        }
        this.cars = List.copyOf(fleet);
        this.vins = fleet.stream().map(SimulatedCar::vin).toList();
    }

    /** The fleet's VINs, in car order; fixed for a given seed and vehicle count. */
    public List<String> vins() {
        return vins;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    /** Readings handed to the publisher so far (see the publisher's own stats for delivery). */
    public long readingsPublished() {
        return published.get();
    }

    /** Real-time ticks that threw (each logged); the schedule carries on after a failed tick. */
    public long failedTicks() {
        return failedTicks.get();
    }

    /** Starts ticking in real time, once per {@link SimulatorSettings#tickInterval()}, on a thread of its own. */
    public synchronized void start() {
        requireOpen();
        if (scheduler != null) {
            throw new IllegalStateException("simulator already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fleet-simulator-" + settings.sourceId());
            thread.setDaemon(false); // keeps a CLI process alive while it simulates; close() ends it
            return thread;
        });
        long periodNanos = settings.tickInterval().toNanos();
        scheduler.scheduleAtFixedRate(this::scheduledTick, 0, periodNanos, TimeUnit.NANOSECONDS);
        LOG.info("simulating {} vehicles at {} Hz as source {}", cars.size(), settings.rateHz(), settings.sourceId());
    }

    public synchronized boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }

    /** One tick at the clock's current time. Not while {@link #start() started}. */
    public void tick() {
        requireNotScheduled();
        tickAt(clock.instant());
    }

    /**
     * Runs {@code ticks} ticks back to back, as fast as the publisher accepts them. Simulated time starts one interval
     * after the previous tick (or at the clock's time on the first) and advances one interval per tick, so the readings
     * look exactly like a real-time run's. Not while {@link #start() started}.
     *
     * @return readings published by these ticks
     */
    public long runTicks(int ticks) {
        if (ticks < 0) {
            throw new IllegalArgumentException("ticks must be >= 0, got " + ticks);
        }
        requireNotScheduled();
        Duration interval = settings.tickInterval();
        long before = published.get();
        for (int i = 0; i < ticks; i++) {
            Instant at;
            synchronized (tickLock) {
                at = lastTickAt == null ? clock.instant() : lastTickAt.plus(interval);
            }
            tickAt(at);
        }
        return published.get() - before;
    }

    /** Stops the real-time thread (waiting for a running tick to finish), then flushes the publisher. Idempotent. */
    @Override
    public void close() {
        ScheduledExecutorService toStop;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = scheduler;
        }
        if (toStop != null) {
            toStop.shutdown();
            awaitStop(toStop);
        }
        publisher.flush();
        LOG.info("simulator {} stopped after {} readings", settings.sourceId(), published.get());
    }

    private void scheduledTick() {
        try {
            Instant now = clock.instant();
            if (catchingUp(now)) {
                return;
            }
            tickAt(now);
        } catch (RuntimeException e) {
            // an exception escaping here would silently cancel every later tick
            failedTicks.incrementAndGet();
            LOG.error("simulator tick failed; continuing with the next tick", e);
        }
    }

    /**
     * A fixed-rate schedule runs missed ticks back to back once a slow tick (a publisher blocked on an unreachable
     * broker) returns. Those would all carry nearly the same capture time, which no real car produces; drop them
     * instead, as a poller that missed its slot would.
     */
    private boolean catchingUp(Instant now) {
        Instant last;
        synchronized (tickLock) {
            last = lastTickAt;
        }
        if (last == null || Duration.between(last, now).compareTo(settings.tickInterval().dividedBy(2)) >= 0) {
            return false;
        }
        if (!warnedBehind) {
            warnedBehind = true;
            LOG.warn("simulator fell behind real time (is the publisher blocked?); skipping the missed ticks");
        }
        return true;
    }

    private void tickAt(Instant at) {
        synchronized (tickLock) {
            for (SimulatedCar car : cars) {
                car.advanceTo(at);
                CarState state = car.state();
                List<ObdReading> cycle = new ArrayList<>(SIGNALS.length);
                for (Signal signal : SIGNALS) {
                    double value = signal.quantize(signal.read(state));
                    cycle.add(new ObdReading(car.vin(), signal.name(), value, signal.unit(), at, settings.sourceId(),
                            sequence.next(), ENGINE_ECU));
                }
                // one car's tick is one poll cycle: one record downstream instead of one per signal
                publisher.publishCycle(cycle);
                published.addAndGet(cycle.size());
            }
            lastTickAt = at;
        }
    }

    private synchronized void requireNotScheduled() {
        requireOpen();
        if (scheduler != null) {
            throw new IllegalStateException("simulator is ticking in real time; manual ticks would interleave");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("simulator is closed");
        }
    }

    private static void awaitStop(ScheduledExecutorService toStop) {
        try {
            if (!toStop.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("simulator tick still running after {}; interrupting it", STOP_TIMEOUT);
                toStop.shutdownNow();
            }
        } catch (InterruptedException e) {
            toStop.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
