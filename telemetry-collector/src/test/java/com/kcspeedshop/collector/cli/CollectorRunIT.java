package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.collector.elm327.emulator.CloneQuirk;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.obd.PidCatalog;
import com.kcspeedshop.collector.publish.FingerprintPublisher;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.infra.Ports;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector's acceptance test: {@code kcs-collector run} in a child JVM polls an emulated car over a real
 * pseudo-terminal pair and publishes through its journal to a real broker, which is stopped for 30 s mid-run; the
 * collector is killed with -9 once and restarted on the same journal. Every reading the car served must arrive.
 * Skipped without socat.
 */
class CollectorRunIT {

    private static final String SOURCE = "it-collector";
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** The session's multi-PID probe at every connect asks for RPM and speed; those answers are not readings. */
    private static final Set<Integer> PROBED_PIDS = Set.of(0x0C, 0x0D);

    @TempDir
    Path dir;
    private final int port = Ports.freePort();
    private final int controllerPort = Ports.freePort();
    private EmbeddedKafka kafka;
    private PtyCar car;
    private final List<CollectorProcess> collectors = new ArrayList<>();

    @BeforeEach
    void startBroker() {
        assumeTrue(PtyCar.socatInstalled(), "socat is not installed: install it (apt-get install -y socat) to run "
                + "the pseudo-terminal tests; .ci/run must install it");
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), port, controllerPort);
        kafka.createTopics(2, Topics.OBD_READINGS);
        kafka.createTopics(1, FingerprintPublisher.TOPIC);
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        collectors.forEach(CollectorProcess::killIfAlive);
        if (car != null) {
            car.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldDeliverEveryServedReadingThroughABrokerOutageAndACollectorCrash() throws Exception {
        car = new PtyCar(dir, EmulatorSettings.defaults());
        car.plugIn();
        CollectorProcess first = startCollector("first.log");
        first.awaitOutput("polling", Duration.ofSeconds(60));
        Thread.sleep(4_000);

        kafka.close(); // the outage: the collector keeps polling into its journal
        Thread.sleep(OUTAGE.toMillis());
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), port, controllerPort);
        Thread.sleep(3_000);

        first.kill();
        car.plugIn(); // a new pty pair if socat went away with the killed collector's end
        CollectorProcess second = startCollector("second.log", "--duration", "5s");
        assertThat(second.awaitExit(Duration.ofSeconds(90))).as(second.output()).isZero();
        assertThat(second.output()).contains("send errors 0, pending 0");

        List<ObdReading> readings = KafkaTopics.readings(kafka.bootstrapServers(), Topics.OBD_READINGS);
        assertEveryServedReadingArrived(readings, 1, 2, first.output() + second.output());
        assertSequencesIncreasePerVin(readings);
        assertFingerprints(2);
    }

    @Test
    void shouldStillCollectThroughACloneAndNameTheWorkaroundsItApplied() throws Exception {
        Set<CloneQuirk> quirks = EnumSet.of(CloneQuirk.FAKE_V21, CloneQuirk.ECHO_STUCK, CloneQuirk.NO_MULTI_PID,
                CloneQuirk.SPORADIC_BUS_ERRORS);
        car = new PtyCar(dir, EmulatorSettings.defaults().withQuirks(quirks).withErrorRate(0.1));
        car.plugIn();
        CollectorProcess collector = startCollector("clone.log", "--duration", "5s");
        assertThat(collector.awaitExit(Duration.ofSeconds(90))).as(collector.output()).isZero();

        List<ObdReading> readings = KafkaTopics.readings(kafka.bootstrapServers(), Topics.OBD_READINGS);
        assertEveryServedReadingArrived(readings, 0, 1, collector.output());
        assertSequencesIncreasePerVin(readings);
        JsonNode fingerprint = assertFingerprints(1).get(0).get("fingerprint");
        assertThat(fingerprint.get("chip").asText()).isEqualTo("ELM327_CLONE");
        List<String> workarounds = new ArrayList<>();
        fingerprint.get("workarounds").forEach(w -> workarounds.add(w.get("workaround").asText()));
        assertThat(workarounds).contains("STRIP_STUCK_ECHO", "DISABLE_MULTI_PID");
        assertThat(collector.output()).contains("(1 per request)");
    }

    private CollectorProcess startCollector(String log, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", car.collectorEnd().toString(), "--baud", "38400",
                "--bootstrap-servers", "localhost:" + port, "--journal-dir", dir.resolve("journal").toString(),
                "--source-id", SOURCE, "--status-interval", "2s"));
        args.addAll(List.of(more));
        CollectorProcess collector = CollectorProcess.start(dir.resolve(log), args.toArray(String[]::new));
        collectors.add(collector);
        return collector;
    }

    /**
     * Per PID, the engine ECU's readings (distinct by (source, sequence)) against the requests the car answered. Exactly
     * comparable but for what the collectors' logs account for: one answer in flight per kill -9 or per lost link
     * (answered, never read), and the session's own multi-PID probe of RPM and speed at each start and each
     * reconnect after a lost link (answered, but not a poll).
     */
    private void assertEveryServedReadingArrived(List<ObdReading> readings, int kills, int starts, String log) {
        Map<String, Long> served = car.emulator().servedCounts();
        int linkLosses = log.split("link lost on", -1).length - 1;
        int compared = 0;
        for (Map.Entry<String, Long> entry : served.entrySet()) {
            int pid = Integer.parseInt(entry.getKey().substring(3), 16);
            if (!entry.getKey().startsWith("01 ") || PidCatalog.isBitmap(pid)) {
                continue;
            }
            for (String signal : PidCatalog.signals(pid)) {
                long arrived = readings.stream().filter(r -> r.signal().equals(signal) && "7E8".equals(r.ecu()))
                        .map(r -> r.source() + "/" + r.sequence()).distinct().count();
                long missing = entry.getValue() - arrived;
                int allowed = kills + linkLosses + (PROBED_PIDS.contains(pid) ? starts + linkLosses : 0);
                assertThat(missing).as("%s (PID %02X): served %d, arrived %d; collector output:%n%s", signal, pid, entry.getValue(),
                                arrived, log)
                        .isBetween(0L, (long) allowed);
                compared++;
            }
        }
        assertThat(compared).as("signals compared").isGreaterThanOrEqualTo(8);
        assertThat(readings).hasSizeGreaterThan(20);
    }

    private static void assertSequencesIncreasePerVin(List<ObdReading> readings) {
        Set<String> seen = new HashSet<>();
        Map<String, Long> lastByVin = new java.util.HashMap<>();
        for (ObdReading reading : readings) {
            if (seen.add(reading.source() + "/" + reading.sequence())) {
                Long last = lastByVin.put(reading.vin(), reading.sequence());
                assertThat(last == null || last < reading.sequence())
                        .as("%s after %s for %s", reading.sequence(), last, reading.vin()).isTrue();
            }
        }
    }

    private List<JsonNode> assertFingerprints(int atLeast) throws Exception {
        List<ConsumerRecord<String, byte[]>> records = KafkaTopics.records(kafka.bootstrapServers(),
                FingerprintPublisher.TOPIC);
        assertThat(records).hasSizeGreaterThanOrEqualTo(atLeast);
        List<JsonNode> values = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            JsonNode value = new ObjectMapper().readTree(new String(record.value(), StandardCharsets.UTF_8));
            assertThat(record.key()).isEqualTo(EmulatorSettings.DEFAULT_VIN).isEqualTo(value.get("vin").asText());
            assertThat(value.get("source").asText()).isEqualTo(SOURCE);
            values.add(value);
        }
        return values;
    }
}
