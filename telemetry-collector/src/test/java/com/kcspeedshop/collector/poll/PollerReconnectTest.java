package com.kcspeedshop.collector.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.obd.ObdDecoder;
import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.collector.transport.MemoryPipe;
import com.kcspeedshop.collector.transport.StreamTransport;
import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter is unplugged mid-run and plugged into another car (another VIN, fewer PIDs): after the reconnect the
 * poller re-fingerprints, reads the new VIN, rediscovers the PIDs and rebuilds its plan, and stamps no reading of the
 * new car with the old VIN.
 */
class PollerReconnectTest {

    private static final String OTHER_VIN = "2KCSP00D5RS654321";
    private static final Duration FAST = Duration.ofMillis(2);

    /** The car the adapter is plugged into now; each open() of the collector's transport boots an adapter in it. */
    private final AtomicReference<Elm327Emulator> car = new AtomicReference<>();
    private final List<Fingerprint> fingerprints = new CopyOnWriteArrayList<>();
    private ElmSession session;

    @AfterEach
    void unplug() {
        if (session != null) {
            session.close();
        }
        car.get().stop();
    }

    private static Elm327Emulator emulator(EmulatorSettings settings) {
        return new Elm327Emulator(settings.withTiming(FAST, Duration.ofMillis(10), Duration.ofMillis(100)));
    }

    private StreamTransport adapterInWhicheverCar() {
        return new StreamTransport("adapter moved between cars", () -> {
            MemoryPipe toAdapter = new MemoryPipe();
            MemoryPipe fromAdapter = new MemoryPipe();
            car.get().start(StreamTransport.of("emulated adapter", toAdapter.input(), fromAdapter.output()));
            return new StreamTransport.Streams(fromAdapter.input(), toAdapter.output());
        });
    }

    @Test
    void shouldRediscoverTheCarAndRebuildThePlanAfterTheAdapterMovedToAnotherCar() throws Exception {
        car.set(emulator(EmulatorSettings.defaults()));
        session = new ElmSession(adapterInWhicheverCar(), SessionSettings.defaults());
        ObdQuery query = new ObdQuery(session, ObdDecoder.standard());
        CarDiscovery discovery = new CarDiscovery(query, PollRates.uniform(20), null);
        CarSetup first = discovery.discover(session.connect());
        assertThat(first.plan().pids()).extracting(PolledPid::pid).contains(0x10, 0x42);

        Collecting publisher = new Collecting();
        AtomicLong sequence = new AtomicLong();
        Poller poller = new Poller(query, first.plan(), publisher, first.vin(), "test-collector",
                sequence::incrementAndGet)
                .rediscoverAfterReconnect(fp -> {
                    fingerprints.add(fp);
                    return discovery.discover(fp);
                });
        Thread polling = new Thread(poller::run);
        polling.start();
        try {
            awaitReadings(publisher, r -> r.vin().equals(EmulatorSettings.DEFAULT_VIN), 20);

            // unplug: the old car's adapter goes silent and its link closes; the next open() reaches the other car
            Elm327Emulator oldCar = car.getAndSet(emulator(EmulatorSettings.defaults().withVin(OTHER_VIN)
                    .withAbsentPids(Set.of(0x10, 0x42))));
            oldCar.stop();

            awaitReadings(publisher, r -> r.vin().equals(OTHER_VIN), 20);
        } finally {
            poller.stop();
            polling.join();
        }

        assertThat(session.connections()).isGreaterThanOrEqualTo(2);
        assertThat(fingerprints).as("re-fingerprinted after the reconnect").isNotEmpty();
        assertThat(poller.rediscoveries()).isPositive();
        assertThat(poller.vin()).isEqualTo(OTHER_VIN);
        assertThat(poller.plan().pids()).extracting(PolledPid::pid).doesNotContain(0x10, 0x42).contains(0x0C, 0x0D);
        assertThat(car.get().served(0x09, 0x02)).as("the new car's VIN was read").isPositive();

        // every reading the new car answered carries its VIN; none of the old car's VIN came after the switch
        int firstNew = indexOfFirst(publisher.readings, r -> r.vin().equals(OTHER_VIN));
        assertThat(publisher.readings.subList(firstNew, publisher.readings.size()))
                .allMatch(r -> r.vin().equals(OTHER_VIN));
        // the other car has no MAF or module voltage: nothing of them is stamped with its VIN
        assertThat(publisher.readings).filteredOn(r -> r.vin().equals(OTHER_VIN))
                .noneMatch(r -> r.signal().equals("MAF_RATE") || r.signal().equals("CONTROL_MODULE_VOLTAGE"));
        assertThat(publisher.readings).extracting(ObdReading::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldKeepVinAndPlanWhenTheSameCarComesBack() throws Exception {
        car.set(emulator(EmulatorSettings.defaults()));
        session = new ElmSession(adapterInWhicheverCar(), SessionSettings.defaults());
        ObdQuery query = new ObdQuery(session, ObdDecoder.standard());
        CarDiscovery discovery = new CarDiscovery(query, PollRates.uniform(20), null);
        CarSetup first = discovery.discover(session.connect());
        Collecting publisher = new Collecting();
        AtomicLong sequence = new AtomicLong();
        Poller poller = new Poller(query, first.plan(), publisher, first.vin(), "test-collector",
                sequence::incrementAndGet).rediscoverAfterReconnect(discovery::discover);
        Thread polling = new Thread(poller::run);
        polling.start();
        try {
            awaitReadings(publisher, r -> true, 10);
            car.getAndSet(emulator(EmulatorSettings.defaults())).stop(); // a power cycle of the same car
            long before = publisher.readings.size();
            awaitReadings(publisher, r -> true, (int) before + 20);
        } finally {
            poller.stop();
            polling.join();
        }
        assertThat(poller.rediscoveries()).isPositive();
        assertThat(poller.plan()).isEqualTo(first.plan());
        assertThat(publisher.readings).allMatch(r -> r.vin().equals(EmulatorSettings.DEFAULT_VIN));
    }

    private static int indexOfFirst(List<ObdReading> readings, Predicate<ObdReading> which) {
        for (int i = 0; i < readings.size(); i++) {
            if (which.test(readings.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such reading");
    }

    private static void awaitReadings(Collecting publisher, Predicate<ObdReading> which, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (publisher.readings.stream().filter(which).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(publisher.readings.stream().filter(which).count()).as("readings within 20 s")
                .isGreaterThanOrEqualTo(count);
    }

    private static final class Collecting implements ReadingPublisher {
        final List<ObdReading> readings = new CopyOnWriteArrayList<>();

        @Override
        public void publish(ObdReading reading) {
            readings.add(reading);
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
