package com.kcspeedshop.collector.poll;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.obd.ObdDecoder;
import com.kcspeedshop.collector.obd.Plausibility;
import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A shorted coolant sensor on the emulated car: its readings are dropped, counted and logged with the raw frame. */
class PollerPlausibilityTest {

    private Elm327Emulator emulator;
    private ElmSession session;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger pollerLogger = (Logger) LoggerFactory.getLogger(Poller.class);

    @BeforeEach
    void plugIn() throws Exception {
        emulator = new Elm327Emulator(EmulatorSettings.defaults()
                .withTiming(Duration.ofMillis(2), Duration.ofMillis(10), Duration.ofMillis(100)));
        session = new ElmSession(emulator.inMemoryTransport(), SessionSettings.defaults());
        session.connect();
        log.start();
        pollerLogger.addAppender(log);
    }

    @AfterEach
    void unplug() {
        pollerLogger.detachAppender(log);
        session.close();
        emulator.stop();
    }

    @Test
    void shouldDropCountAndLogAnImplausibleValueButPublishTheRest() throws Exception {
        ObdQuery query = new ObdQuery(session, ObdDecoder.standard());
        PollPlan plan = PollPlan.of(PidDiscovery.discover(query), PollRates.uniform(50), session.multiPidAllowed());
        // 05 FF: 255 - 40 = 215 degC, the top of the scale, as a shorted sensor reads
        emulator.failSensor(0x05, new byte[] {(byte) 0xFF});
        long coolantBefore = emulator.served(0x01, 0x05);

        List<ObdReading> readings = new CopyOnWriteArrayList<>();
        AtomicLong sequence = new AtomicLong();
        Poller poller = new Poller(query, plan, new Collecting(readings), EmulatorSettings.DEFAULT_VIN, "test",
                sequence::incrementAndGet);
        Thread polling = new Thread(poller::run);
        polling.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (readings.size() < 100 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        poller.stop();
        polling.join();

        long coolantServed = emulator.served(0x01, 0x05) - coolantBefore;
        assertThat(coolantServed).isPositive();
        assertThat(poller.stats().implausible()).isEqualTo(coolantServed);
        assertThat(readings).noneMatch(r -> r.signal().equals("COOLANT_TEMP"));
        assertThat(readings).anyMatch(r -> r.signal().equals("ENGINE_RPM"))
                .anyMatch(r -> r.signal().equals("INTAKE_AIR_TEMP"));
        assertThat(readings).extracting(ObdReading::sequence).as("dropped values take no sequence number")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, readings.size()).boxed()
                        .toList());
        assertThat(poller.stats().summary()).contains("implausible " + coolantServed);

        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains("plausibility")).toList();
        assertThat(lines).as("rate-limited: one line, then one per 10 s").hasSize(1);
        assertThat(lines.get(0)).contains("PID 05 from ECU 7E8", "COOLANT_TEMP = 215.0 degC",
                "outside its physical range -40.0..150.0", "raw frame: ").containsPattern("05 FF");
    }

    @Test
    void shouldAcceptWhatARunningCarReadsAndRejectSensorFaults() {
        assertThat(Plausibility.problem("COOLANT_TEMP", 92, "degC")).isEmpty();
        assertThat(Plausibility.problem("ENGINE_RPM", 6_500, "rpm")).isEmpty();
        assertThat(Plausibility.problem("ENGINE_RPM", 16_383.75, "rpm")).get().asString()
                .contains("physical range");
        assertThat(Plausibility.problem("CONTROL_MODULE_VOLTAGE", 65.535, "V")).isPresent();
        assertThat(Plausibility.problem("VEHICLE_SPEED", 300, "km/h")).get().asString().contains("encoding range");
        assertThat(Plausibility.problem("ENGINE_RPM", Double.NaN, "rpm")).get().asString().contains("finite");
        assertThat(Plausibility.problem("SOMETHING_NEW", 1, "furlong")).get().asString().contains("unit 'furlong'");
    }

    private record Collecting(List<ObdReading> readings) implements ReadingPublisher {
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
