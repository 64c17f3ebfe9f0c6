package com.kcspeedshop.collector.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.elm327.emulator.CloneQuirk;
import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.obd.ObdDecoder;
import com.kcspeedshop.collector.obd.PidCatalog;
import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The poller against the ELM327 emulator over in-memory pipes, genuine and clone. */
class PollerTest {

    private static final Duration LATENCY = Duration.ofMillis(3);
    private Elm327Emulator emulator;
    /** Served before polling: the session's own multi-PID probe (01 0C 0D) at connect is no poll of ours. */
    private Map<String, Long> servedBefore = Map.of();
    private ElmSession session;

    @AfterEach
    void unplug() {
        if (session != null) {
            session.close();
        }
        emulator.stop();
    }

    private ObdQuery plugIn(EmulatorSettings settings) throws Exception {
        emulator = new Elm327Emulator(settings.withTiming(LATENCY, Duration.ofMillis(20), Duration.ofMillis(300)));
        session = new ElmSession(emulator.inMemoryTransport(), SessionSettings.defaults());
        session.connect();
        return new ObdQuery(session, ObdDecoder.standard());
    }

    @Test
    void shouldDiscoverThePidsOfEachEcuAndTheVin() throws Exception {
        ObdQuery query = plugIn(EmulatorSettings.defaults());
        DiscoveredPids pids = PidDiscovery.discover(query);
        assertThat(pids.byEcu()).containsOnlyKeys("7E8", "7E9");
        assertThat(pids.byEcu().get("7E8")).containsExactly(0x01, 0x04, 0x05, 0x06, 0x07, 0x0C, 0x0D, 0x0F, 0x10,
                0x11, 0x42);
        assertThat(pids.byEcu().get("7E9")).containsExactly(0x0D);
        assertThat(VinReader.read(query)).contains(EmulatorSettings.DEFAULT_VIN);
    }

    @Test
    void shouldPublishOneReadingPerServedPidAndBatchSixPidsPerRequest() throws Exception {
        ObdQuery query = plugIn(EmulatorSettings.defaults());
        PollPlan plan = PollPlan.of(PidDiscovery.discover(query), PollRates.uniform(50), session.multiPidAllowed());
        assertThat(plan.maxPidsPerRequest()).isEqualTo(6);
        long requestsBefore = emulator.requests();
        servedBefore = emulator.servedCounts();

        Collected collected = pollUntil(query, plan, 300);

        assertEveryServedPidArrivedOnce(collected.readings);
        long requests = emulator.requests() - requestsBefore;
        long pidsServed = plan.pids().stream().mapToLong(p -> emulator.served(0x01, p.pid())
                - servedBefore.getOrDefault(String.format("01 %02X", p.pid()), 0L)).sum();
        assertThat(pidsServed).as("PIDs per request").isGreaterThan(5 * requests);
        assertThat(collected.stats.adapterErrors() + collected.stats.garbage() + collected.stats.timeouts()).isZero();
        assertThat(collected.readings).allMatch(r -> r.vin().equals(EmulatorSettings.DEFAULT_VIN)
                && r.source().equals("test-collector"));
        assertThat(collected.readings).extracting(ObdReading::sequence).isSorted().doesNotHaveDuplicates();
        // each request's answers went out together: one cycle (one record downstream) per request, none alone
        assertThat(collected.singles).isZero();
        assertThat((long) collected.cycles.size()).isLessThanOrEqualTo(collected.stats.requests());
        assertThat(collected.cycles).allSatisfy(cycle -> assertThat(cycle).extracting(ObdReading::capturedAt)
                .containsOnly(cycle.get(0).capturedAt()));
        assertThat(collected.cycles.stream().flatMap(List::stream).toList()).isEqualTo(collected.readings);
        assertThat(collected.readings.size()).as("readings per cycle").isGreaterThan(5 * collected.cycles.size());
    }

    @Test
    void shouldFallBackToOnePidPerRequestAndCountBusErrorsOnAClone() throws Exception {
        Set<CloneQuirk> quirks = EnumSet.of(CloneQuirk.FAKE_V21, CloneQuirk.ECHO_STUCK, CloneQuirk.NO_MULTI_PID,
                CloneQuirk.SPORADIC_BUS_ERRORS);
        ObdQuery query = plugIn(EmulatorSettings.defaults().withQuirks(quirks).withErrorRate(0.2));
        assertThat(session.multiPidAllowed()).isFalse();
        DiscoveredPids pids = PidDiscovery.discover(query);
        PollPlan plan = PollPlan.of(pids, PollRates.uniform(50), session.multiPidAllowed());
        servedBefore = emulator.servedCounts();

        Collected collected = pollUntil(query, plan, 60);

        assertThat(plan.maxPidsPerRequest()).isEqualTo(1);
        assertThat(collected.stats.adapterErrors()).isPositive();
        assertEveryServedPidArrivedOnce(collected.readings);
    }

    /** Engine ECU readings per signal equal the emulator's served count of the PID that carries it. */
    private void assertEveryServedPidArrivedOnce(List<ObdReading> readings) {
        for (Map.Entry<String, Long> served : emulator.servedCounts().entrySet()) {
            int service = Integer.parseInt(served.getKey().substring(0, 2), 16);
            int pid = Integer.parseInt(served.getKey().substring(3), 16);
            if (service != 0x01 || PidCatalog.isBitmap(pid)) {
                continue;
            }
            for (String signal : PidCatalog.signals(pid)) {
                long arrived = readings.stream().filter(r -> r.signal().equals(signal) && "7E8".equals(r.ecu()))
                        .count();
                long polled = served.getValue() - servedBefore.getOrDefault(served.getKey(), 0L);
                assertThat(arrived).as("%s (PID %02X)", signal, pid).isEqualTo(polled);
            }
        }
    }

    private record Collected(List<ObdReading> readings, List<List<ObdReading>> cycles, long singles,
                             PollStats stats) {
    }

    private static Collected pollUntil(ObdQuery query, PollPlan plan, int readings) throws InterruptedException {
        Collecting publisher = new Collecting();
        AtomicLong sequence = new AtomicLong();
        Poller poller = new Poller(query, plan, publisher, EmulatorSettings.DEFAULT_VIN, "test-collector",
                sequence::incrementAndGet);
        Thread thread = new Thread(poller::run);
        thread.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (publisher.readings.size() < readings && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        poller.stop();
        thread.join();
        return new Collected(List.copyOf(publisher.readings), List.copyOf(publisher.cycles), publisher.singles.get(),
                poller.stats());
    }

    private static final class Collecting implements ReadingPublisher {
        final List<ObdReading> readings = new CopyOnWriteArrayList<>();
        final List<List<ObdReading>> cycles = new CopyOnWriteArrayList<>();
        final AtomicLong singles = new AtomicLong();

        @Override
        public void publish(ObdReading reading) {
            singles.incrementAndGet();
            readings.add(reading);
        }

        @Override
        public void publishCycle(List<ObdReading> cycle) {
            cycles.add(List.copyOf(cycle));
            readings.addAll(cycle);
        }

        @Override
        public void flush() {
        }

        @Override
        public PublishStats stats() {
            return new PublishStats(readings.size(), readings.size(), 0, null);
        }

        @Override
        public void close() {
        }
    }
}
