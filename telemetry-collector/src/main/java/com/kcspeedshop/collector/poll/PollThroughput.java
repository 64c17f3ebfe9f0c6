package com.kcspeedshop.collector.poll;

import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.obd.ObdDecoder;
import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.events.ObdReading;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures readings per second against the ELM327 emulator over in-memory pipes, batched (up to six PIDs per request)
 * and one PID per request, in the same run, with every PID asked for as fast as the adapter answers. Not a test: run
 * {@code java -cp ... com.kcspeedshop.collector.poll.PollThroughput [seconds per mode] [latency ms]}.
 */
public final class PollThroughput {

    private PollThroughput() {
    }

    /** One mode's figure. */
    public record Result(boolean batching, long readings, long requests, Duration measured) {
        public double readingsPerSecond() {
            return readings * 1e9 / measured.toNanos();
        }
    }

    public static void main(String[] args) throws Exception {
        Duration each = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 40);
        Result single = measure(false, latency, each);
        Result batched = measure(true, latency, each);
        for (Result r : new Result[] {single, batched}) {
            System.out.printf(Locale.ROOT, "%-22s %8.1f readings/s (%d readings, %d requests in %d s, emulator "
                            + "latency %d ms)%n", r.batching() ? "batched (<=6 PIDs):" : "one PID per request:",
                    r.readingsPerSecond(), r.readings(), r.requests(), r.measured().toSeconds(), latency.toMillis());
        }
        System.out.printf(Locale.ROOT, "batching speed-up: %.2fx%n",
                batched.readingsPerSecond() / single.readingsPerSecond());
    }

    /** Polls a fresh emulator for {@code duration}, every PID at the highest rate, and counts the readings. */
    public static Result measure(boolean batching, Duration latency, Duration duration)
            throws AdapterUnavailableException, InterruptedException {
        Elm327Emulator emulator = new Elm327Emulator(EmulatorSettings.defaults()
                .withTiming(latency, Duration.ofMillis(50), Duration.ofMillis(500)));
        CountingPublisher counter = new CountingPublisher();
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), SessionSettings.defaults())) {
            session.connect();
            ObdQuery query = new ObdQuery(session, ObdDecoder.standard());
            DiscoveredPids pids = PidDiscovery.discover(query);
            String vin = VinReader.read(query).orElse(EmulatorSettings.DEFAULT_VIN);
            PollPlan plan = PollPlan.of(pids, PollRates.uniform(PollRates.MAX_HZ), batching);
            var sequence = new com.kcspeedshop.collector.publish.SourceSequence(Clock.systemUTC());
            Poller poller = new Poller(query, plan, counter, vin, "throughput", sequence::next);
            Thread thread = new Thread(poller::run, "poll-throughput");
            long start = System.nanoTime();
            thread.start();
            Thread.sleep(duration.toMillis());
            poller.stop();
            thread.join();
            Duration measured = Duration.ofNanos(System.nanoTime() - start);
            return new Result(batching, counter.count.get(), poller.stats().requests(), measured);
        } finally {
            emulator.stop();
        }
    }

    /** Counts and drops: the measurement is about the adapter link, not Kafka. */
    private static final class CountingPublisher implements ReadingPublisher {
        final AtomicLong count = new AtomicLong();

        @Override
        public void publish(ObdReading reading) {
            count.incrementAndGet();
        }

        @Override
        public void flush() {
        }

        @Override
        public PublishStats stats() {
            return new PublishStats(count.get(), count.get(), 0, null);
        }

        @Override
        public void close() {
        }
    }
}
