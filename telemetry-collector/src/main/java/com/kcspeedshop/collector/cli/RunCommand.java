package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.obd.ObdDecoder;
import com.kcspeedshop.collector.poll.CarDiscovery;
import com.kcspeedshop.collector.poll.CarSetup;
import com.kcspeedshop.collector.poll.ObdQuery;
import com.kcspeedshop.collector.poll.PollRates;
import com.kcspeedshop.collector.poll.Poller;
import com.kcspeedshop.collector.publish.FingerprintPublisher;
import com.kcspeedshop.collector.publish.KafkaPublisherConfig;
import com.kcspeedshop.collector.publish.KafkaReadingPublisher;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.collector.publish.SourceSequence;
import com.kcspeedshop.collector.publish.journal.FsyncPolicy;
import com.kcspeedshop.collector.publish.journal.JournalSettings;
import com.kcspeedshop.collector.publish.journal.JournaledPublisher;
import com.kcspeedshop.collector.publish.journal.JournaledPublisherSettings;
import com.kcspeedshop.events.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: polls a car through an ELM327 adapter and publishes its readings to Kafka. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        sortOptions = false,
        description = {
            "Connects to an ELM327 adapter plugged into a car, polls its live OBD-II data and publishes the readings "
                    + "to Kafka, keyed by VIN.",
            "On connecting it fingerprints the adapter (genuine or clone, which workarounds it needs), prints the "
                    + "fingerprint and publishes it to telemetry.adapter-fingerprints.v1; reads the VIN (service 09); "
                    + "discovers which PIDs each ECU supports; then polls them, RPM/speed/load/throttle at 5 Hz, "
                    + "voltage, fuel trims and air flow at 1 Hz, temperatures and the rest at 0.2 Hz, up to six PIDs "
                    + "per request on CAN.",
            "A dropped link is reconnected, and the adapter fingerprinted, the VIN read and the PIDs discovered "
                    + "again (it may now be in another car); the poll plan is rebuilt when the PIDs changed. Adapter "
                    + "errors and implausible values are counted and logged, never fatal. Prints a status line every "
                    + "few seconds; stops after --duration or on Ctrl-C, finishing the request in flight first."},
        footer = {"", "Example:",
            "  kcs-collector run --port /dev/ttyUSB0 --bootstrap-servers broker1:9092 \\",
            "      --journal-dir /var/lib/kcs/journal --source-id van-07 --rate 0C=10",
            "  Polls the car on the USB adapter, RPM at 10 Hz, journaling readings on disk so none is lost while",
            "  Kafka is away or if the collector crashes."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AdapterOptions adapter;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Kafka brokers to connect to.")
    private String bootstrapServers;

    @Option(names = "--source-id", paramLabel = "ID",
            description = "Source id stamped on every reading; consumers deduplicate by (source, sequence). Keep it "
                    + "across restarts of the same collector. Default: collector-<host name>.")
    private String sourceId;

    @Option(names = "--journal-dir", paramLabel = "DIR",
            description = "Journal readings on local disk and send them to Kafka from there (store and forward): "
                    + "none is lost while Kafka is unreachable or if the collector crashes. Default: send directly.")
    private Path journalDir;

    @Option(names = "--journal-fsync", paramLabel = "always|never|<N>ms", defaultValue = "100ms",
            description = "With --journal-dir: when journaled readings are forced to disk.")
    private String journalFsync;

    @Option(names = "--rate", paramLabel = "PID=HZ",
            description = "Poll a PID (hex) at HZ (0.01-50) instead of its default, e.g. --rate 0C=10 --rate 05=0.5.")
    private Map<String, Double> rates = Map.of();

    @Option(names = "--vin", paramLabel = "VIN",
            description = "The VIN to stamp readings with when the car does not report one (older cars).")
    private String vin;

    @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = Topics.OBD_READINGS,
            description = "Kafka topic for the readings.")
    private String topic;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "How long to run, e.g. 90s, 10m. Default: until Ctrl-C.")
    private Duration duration;

    @Option(names = "--status-interval", paramLabel = "D", defaultValue = "5s", converter = DurationConverter.class,
            description = "How often to print the status line.")
    private Duration statusInterval;

    /**
     * How long Ctrl-C or SIGTERM holds the JVM for a clean stop: the request in flight (at most the adapter's OBD
     * timeout), closing the port, and the journal's drain (30 s at most while Kafka is away; the journal is forced to
     * disk before that wait, so a harder kill after it loses nothing journaled).
     */
    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(40);

    private final GracefulStop stop = new GracefulStop();

    /**
     * What Ctrl-C and SIGTERM do, callable in-process (tests): stops polling after the request in flight, then waits
     * up to {@code max} for the readings to be journaled or published, the port closed and the publishers flushed.
     *
     * @return true when the command finished within {@code max}
     */
    boolean requestStop(Duration max) {
        return stop.stopAndAwait(max);
    }

    @Override
    public Integer call() throws Exception {
        try (AutoCloseable hook = GracefulStop.hook(stop, SHUTDOWN_WAIT)) {
            return runUntilStopped();
        }
    }

    private Integer runUntilStopped() throws Exception {
        if (vin != null && !com.kcspeedshop.events.Vin.isWellFormed(vin)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--vin is 17 characters A-Z/0-9 without I, "
                    + "O, Q; got " + vin);
        }
        String source = sourceId != null ? sourceId : "collector-" + hostName();
        PollRates pollRates = validated(this::pollRates);
        KafkaPublisherConfig kafka = validated(() -> KafkaPublisherConfig.of(bootstrapServers).withTopic(topic)
                .withClientId("kcs-collector-" + source));
        JournalSettings journal = journalDir == null ? null
                : validated(() -> JournalSettings.of(journalDir).withFsync(FsyncPolicy.parse(journalFsync)));
        PrintWriter out = spec.commandLine().getOut();
        try (ElmSession session = new ElmSession(validated(adapter::transport), SessionSettings.defaults());
             ReadingPublisher publisher = journal == null ? KafkaReadingPublisher.create(kafka)
                     : JournaledPublisher.open(JournaledPublisherSettings.of(journal, kafka));
             FingerprintPublisher fingerprints = journal == null
                     ? new FingerprintPublisher(kafka, FingerprintPublisher.TOPIC)
                     // the same store and forward as the readings: fingerprints survive an outage and a crash too
                     : FingerprintPublisher.durable(kafka, FingerprintPublisher.TOPIC,
                             journal.directory().resolve("fingerprints"))) {
            Fingerprint fingerprint = session.connect();
            ObdQuery query = new ObdQuery(session, ObdDecoder.standard());
            CarDiscovery discovery = new CarDiscovery(query, pollRates, vin);
            CarSetup setup = announce(discovery.discover(fingerprint), source, fingerprints, out);
            Poller poller = new Poller(query, setup.plan(), publisher, setup.vin(), source,
                    new SourceSequence(Clock.systemUTC())::next)
                    // the adapter may have been moved to another car, or the ECU changed, while the link was down
                    .rediscoverAfterReconnect(fp -> announce(discovery.discover(fp), source, fingerprints, out));
            new PollRunner(poller, publisher, statusInterval, duration, out, stop, session::close).run();
            return 0;
        } catch (AdapterUnavailableException e) {
            spec.commandLine().getErr().println("adapter unavailable: " + e.getMessage());
            return 1;
        } catch (CarDiscovery.NothingToPoll e) {
            // the car gave nothing to poll with (no VIN, no PIDs): a clear message and exit code 1
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    /** Prints and publishes what a connection found: at start and after every reconnect. */
    private static CarSetup announce(CarSetup setup, String source, FingerprintPublisher fingerprints,
                                     PrintWriter out) {
        Fingerprint fingerprint = setup.fingerprint();
        out.println("adapter: " + fingerprint.chip() + " (" + fingerprint.claimedVersion() + "), protocol "
                + fingerprint.protocol() + ", workarounds " + fingerprint.workaroundNames());
        out.println("fingerprint: " + FingerprintPublisher.json(setup.vin(), source, java.time.Instant.now(),
                fingerprint));
        fingerprints.publish(setup.vin(), source, fingerprint);
        out.println("vehicle " + setup.vin() + ": polling " + setup.plan().describe());
        out.flush();
        return setup;
    }

    private PollRates pollRates() {
        PollRates result = PollRates.defaults();
        for (Map.Entry<String, Double> rate : rates.entrySet()) {
            int pid;
            try {
                pid = Integer.parseInt(rate.getKey(), 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--rate wants a hex PID, e.g. 0C=10; got " + rate.getKey());
            }
            result = result.with(pid, rate.getValue());
        }
        return result;
    }

    private <T> T validated(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "unknown";
            }
        }
        return host;
    }
}
