package com.kcspeedshop.flink.health;

import static com.kcspeedshop.flink.health.BenchFleet.key;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.flink.testing.TestKafka;
import com.kcspeedshop.health.HealthOutputs;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.VehicleHealthState;
import com.kcspeedshop.infra.SharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The health job's benchmark (issue 4), a {@code main} on the test class path; asserts nothing about speed. In one run,
 * on the embedded broker, over the same pre-filled topic of a simulated fleet, one Kafka record per poll cycle (an {@link
 * ObdReadingBatch} of the six readings of one vehicle and second, as the collector sends them) or, with {@code
 * reading}, one {@link ObdReading} per record. Rates count readings, not records:
 * <ol type="a">
 *   <li>the health job graph ({@link HealthJob#build} with the production Kafka source and exactly-once Kafka sinks;
 *       the two PostgreSQL history sinks replaced by discarding sinks, because (b) writes no database either) on a
 *       local MiniCluster, parallelism 2, exactly-once checkpoints every 10 s, bounded: timed from submission until
 *       the job has finished, which includes job start-up, the final checkpoint and its Kafka commits. The same job
 *       over a 120-reading topic, run right after, gives that fixed cost; sustained = (readings - 120) / (time - fixed
 *       cost);</li>
 *   <li>a hand-written single-threaded consumer → the same {@link VehicleHealthEngine} (a HashMap of states per VIN) →
 *       producer loop, no fault tolerance: timed from consumer creation to the producer's final flush;</li>
 *   <li>the same engine over the decoded readings in memory (no decode, no I/O), three rounds, the last one used;</li>
 * </ol>
 * (a) and (b) run in rounds over the same topic, (a) then (b), after warm-up rounds that are printed but not counted:
 * they share code the JIT compiler was still compiling through a first run of several seconds. Then end-to-end alert
 * latency of the job ({@link HealthLatencyBench}). The failing alternator raises {@code charging-low} only after 30 s
 * of running plus a 60 s sustain, hence at least 100 s of paced input.
 *
 * <p>Arguments (all optional): {@code vins seconds latencyRate latencySeconds records rounds warmUps}, default
 * {@code 300 600 10000 120 cycle 3 4}; {@code records} is {@code cycle} (one record per poll cycle) or {@code reading}
 * (one record per reading).
 */
public final class HealthBench {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);
    private static final Duration IDLENESS = Duration.ofSeconds(1);
    static final int PARTITIONS = 2;

    private HealthBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the embedded broker and Flink's threads would keep the JVM alive
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int vins = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int latencyRate = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int latencySeconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
        String records = args.length > 4 ? args[4] : "cycle";
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int warmUps = args.length > 6 ? Integer.parseInt(args[6]) : 4;
        if (vins < 1 || seconds < 20 || latencyRate < 6 || latencySeconds < 100
                || !(records.equals("cycle") || records.equals("reading")) || rounds < 1 || warmUps < 0) {
            System.err.println("usage: HealthBench [vins>=1] [seconds>=20] [latencyRate>=6] [latencySeconds>=100] "
                    + "[cycle|reading] [counted rounds>=1] [warm-up rounds>=0]");
            System.exit(2);
        }
        perCycle = records.equals("cycle");
        String bootstrap = SharedInfrastructure.kafka().bootstrapServers();

        List<ObdReading> fleet = BenchFleet.byTime(BenchFleet.fleet(vins, seconds, T0, 0));
        long n = fleet.size();
        System.out.printf(Locale.ROOT, "fleet: %d VINs x %d s x 6 signals = %,d readings in %,d records (%s), "
                + "%d partitions, keyed by VIN%n", vins, seconds, n, BenchFleet.asRecords(fleet, perCycle).size(),
                perCycle ? "one per poll cycle of 6 readings" : "one per reading", PARTITIONS);
        String[] in = TestKafka.freshTopics(PARTITIONS, "bench-readings");
        long p0 = System.nanoTime();
        produceAll(bootstrap, in[0], fleet);
        System.out.printf(Locale.ROOT, "pre-filled %s in %.1f s%n", in[0], (System.nanoTime() - p0) / 1e9);
        List<ObdReading> tiny = BenchFleet.byTime(BenchFleet.fleet(1, 20, T0, 0));
        String[] tinyIn = TestKafka.freshTopics(PARTITIONS, "bench-tiny-readings");
        produceAll(bootstrap, tinyIn[0], tiny);

        // (a) and (b) share code (the engine, the codecs, Kafka's clients and the broker), and the JIT compiler was
        // still busy through the whole of a first (a) of several seconds (a quarter of the machine in a profile), then
        // during (b), which so ran on code (a) had paid to compile. So both run in rounds over the same topic, as JMH
        // runs iterations: the warm-up rounds are printed but not counted. Four by default: in a profile the compiler
        // threads still took up to 19 % of the machine in the third round and 14 % in the fourth (0-9 % after), which
        // slows (a), which uses every core, and not (b), which leaves one core partly idle
        double[] ratios = new double[rounds];
        double[] ratesA = new double[rounds];
        double[] ratesB = new double[rounds];
        // every round's output topics exist before the first round: once, a producer's first batches to a topic
        // created a moment before never got an answer and expired after the delivery timeout
        Map<String, Outs> outs = new HashMap<>();
        for (int round = 1; round <= warmUps + rounds; round++) {
            for (String variant : List.of("a", "tiny", "b")) {
                outs.put(variant + round, topics(variant + round));
            }
        }
        for (int round = 1; round <= warmUps + rounds; round++) {
            String label = round <= warmUps ? "warm-up " + round : "round " + (round - warmUps);
            RunA runA = runA(bootstrap, in[0], tinyIn[0], outs.get("a" + round), outs.get("tiny" + round));
            double sustainedA = (n - tiny.size()) / (runA.seconds - runA.fixedSeconds);
            System.out.printf(Locale.ROOT, "%s (a) Flink job graph, p=2, exactly-once checkpoints every 10 s, Kafka "
                    + "in/out: %,.0f readings/s sustained (%.1f s in all, of which %.1f s fixed cost measured on a "
                    + "%d-reading topic; %,.0f readings/s with the fixed cost; %,d committed scores, %,d alert events, "
                    + "%,d late readings)%n", label, sustainedA, runA.seconds, runA.fixedSeconds, tiny.size(),
                    n / runA.seconds, runA.scores, runA.alerts, runA.late);
            System.out.printf(Locale.ROOT, "%s (a) CPU: %.1f s of this JVM's CPU (job and embedded broker) = %.2f "
                    + "cores busy, %.2f us per reading%n", label, runA.cpu, runA.cpu / runA.seconds,
                    runA.cpu * 1e6 / n);

            Outs b = outs.get("b" + round);
            long[] countsB = new long[2];
            long cpuB0 = processCpuNanos();
            double secondsB = handWritten(bootstrap, in[0], n, b, countsB);
            double cpuB = (processCpuNanos() - cpuB0) / 1e9;
            double rateB = n / secondsB;
            System.out.printf(Locale.ROOT, "%s (b) hand-written consumer -> engine -> producer, 1 thread, no fault "
                    + "tolerance: %,.0f readings/s (%.1f s; %,d scores, %,d alert events)%n", label, rateB, secondsB,
                    countsB[0], countsB[1]);
            System.out.printf(Locale.ROOT, "%s (b) CPU: %.1f s (loop and embedded broker) = %.2f cores busy, %.2f us "
                    + "per reading%n", label, cpuB, cpuB / secondsB, cpuB * 1e6 / n);
            System.out.printf(Locale.ROOT, "%s: (a)/(b) = %.2f sustained (%.2f with (a)'s fixed cost)%n", label,
                    sustainedA / rateB, n / runA.seconds / rateB);
            if (round > warmUps) {
                ratios[round - warmUps - 1] = sustainedA / rateB;
                ratesA[round - warmUps - 1] = sustainedA;
                ratesB[round - warmUps - 1] = rateB;
            }
        }

        // (c) the engine alone
        double rateC = 0;
        for (int round = 1; round <= 3; round++) {
            Counting out = new Counting();
            long c0 = System.nanoTime();
            inMemory(fleet, out);
            double s = (System.nanoTime() - c0) / 1e9;
            rateC = n / s;
            System.out.printf(Locale.ROOT, "(c) engine in memory, no I/O, round %d: %,.0f readings/s (%,d scores, "
                    + "%,d alert events)%n", round, rateC, out.scores, out.alerts);
        }
        System.out.printf(Locale.ROOT, "over the %d counted rounds (median, min-max): (a) %,.0f readings/s sustained "
                + "(%,.0f-%,.0f), (b) %,.0f readings/s (%,.0f-%,.0f), (a)/(b) %.2f (%.2f-%.2f)%n", rounds,
                median(ratesA), min(ratesA), max(ratesA), median(ratesB), min(ratesB), max(ratesB), median(ratios),
                min(ratios), max(ratios));

        HealthLatencyBench.run(bootstrap, latencyRate, latencySeconds, perCycle);
    }

    /** One timed (a): the job over the whole topic, then over the tiny topic for its fixed cost. */
    private record RunA(double seconds, double fixedSeconds, double cpu, long scores, long alerts, long late) {
    }

    private static RunA runA(String bootstrap, String in, String tinyIn, Outs a, Outs tinyOut) throws Exception {
        HealthJobConfig configA = config(bootstrap, in, a, true, "earliest");
        long a0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        start(configA).getJobExecutionResult().get();
        double seconds = (System.nanoTime() - a0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long scores;
        long alerts;
        long late;
        try (TestKafka kafka = new TestKafka()) {
            scores = kafka.readAll(a.scores).size();
            alerts = kafka.readAll(a.alerts).size();
            late = kafka.readAll(a.lateReadings).size();
        }
        long f0 = System.nanoTime();
        start(config(bootstrap, tinyIn, tinyOut, true, "earliest")).getJobExecutionResult().get();
        return new RunA(seconds, (System.nanoTime() - f0) / 1e9, cpu, scores, alerts, late);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElseThrow();
    }

    /** Whether records carry a poll cycle each (the collector's way) or a single reading. */
    private static boolean perCycle = true;

    private static void produceAll(String bootstrap, String topic, List<ObdReading> readings) {
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap, 20)) {
            for (ObdReadingBatch cycle : BenchFleet.asRecords(readings, perCycle)) {
                producer.send(BenchFleet.record(topic, cycle));
            }
            producer.flush();
        }
    }

    /** The output topics of one variant. */
    record Outs(String scores, String anomalies, String alerts, String dead, String lateReadings,
                          String lateReports, String dtc, String models) {
    }

    static Outs topics(String variant) {
        String[] t = TestKafka.freshTopics(PARTITIONS, "bench-" + variant + "-scores", "bench-" + variant
                + "-anomalies", "bench-" + variant + "-alerts", "bench-" + variant + "-dead", "bench-" + variant
                + "-late", "bench-" + variant + "-late-dtc", "bench-" + variant + "-dtc", "bench-" + variant
                + "-models");
        return new Outs(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
    }

    static HealthJobConfig config(String bootstrap, String readings, Outs t, boolean bounded,
                                          String starting) {
        Map<String, String> s = new HashMap<>();
        s.put("kafka.bootstrap-servers", bootstrap);
        s.put("kafka.group-id", "bench-" + t.scores);
        s.put("kafka.readings-topic", readings);
        s.put("kafka.dtc-reports-topic", t.dtc);
        s.put("kafka.model-updates-topic", t.models);
        s.put("kafka.health-scores-topic", t.scores);
        s.put("kafka.anomalies-topic", t.anomalies);
        s.put("kafka.alerts-topic", t.alerts);
        s.put("kafka.dead-letter-topic", t.dead);
        s.put("kafka.late-readings-topic", t.lateReadings);
        s.put("kafka.late-dtc-reports-topic", t.lateReports);
        s.put("kafka.starting-offsets", starting);
        s.put("kafka.bounded", Boolean.toString(bounded));
        s.put("kafka.transactional-id-prefix", "bench-" + t.scores);
        s.put("jdbc.url", "jdbc:postgresql://unused:5432/unused"); // the table sinks are replaced, never connect
        s.put("jdbc.user", "unused");
        s.put("event-time.out-of-orderness", OUT_OF_ORDERNESS.toMillis() + "ms");
        s.put("event-time.idleness", IDLENESS.toMillis() + "ms");
        s.put("checkpoint.interval", "10s");
        s.put("checkpoint.mode", "exactly-once");
        // file checkpoints, as in production: a large pre-filled backlog waiting for the watermark outgrows the
        // 5 MB the JobManager's memory storage allows
        s.put("checkpoint.dir", CHECKPOINTS.toUri().toString());
        s.put("restart.strategy", "none"); // a failure must end the bench, not hide in a restart
        s.put("parallelism", "2");
        return HealthJobConfig.fromMap(s);
    }

    private static final java.nio.file.Path CHECKPOINTS = tempDir();

    private static java.nio.file.Path tempDir() {
        try {
            return java.nio.file.Files.createTempDirectory("health-bench-checkpoints");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@link HealthJob#wireProduction} without the PostgreSQL sinks, on a local MiniCluster of this JVM. */
    static JobClient start(HealthJobConfig config) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        config.applyTo(env);
        HealthSinks production = HealthConnectors.sinks(config);
        HealthSinks sinks = new HealthSinks(production.scoreTopic(), production.anomalyTopic(),
                production.alertTopic(), new DiscardingSink<>(), new DiscardingSink<>(), production.deadLetters(),
                production.lateReadings(), production.lateDtcReports());
        new HealthJob(config.ingest(), config.stateTtl(), AnomalyModelLoader.AWAITING_MODEL_SERVING)
                .build(env, HealthConnectors.sources(config), sinks);
        return env.executeAsync(HealthJob.JOB_NAME + "-bench");
    }

    /** (b): what a user would write instead. Returns the seconds taken; counts[0] scores, counts[1] alert events. */
    private static double handWritten(String bootstrap, String topic, long expected, Outs out, long[] counts) {
        long t0 = System.nanoTime();
        VehicleHealthEngine engine = VehicleHealthEngine.defaults();
        Map<String, VehicleHealthState> states = new HashMap<>();
        FailedSends failed = new FailedSends();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
             KafkaProducer<byte[], byte[]> producer = producer(bootstrap, 5, 30_000)) {
            HealthOutputs sink = new HealthOutputs() {
                @Override
                public void score(HealthScore s) {
                    counts[0]++;
                    producer.send(new ProducerRecord<>(out.scores, key(s.vin()), Events.HEALTH_SCORE.encode(s)),
                            failed);
                }

                @Override
                public void anomaly(Anomaly a) {
                    producer.send(new ProducerRecord<>(out.anomalies, key(a.vin()), Events.ANOMALY.encode(a)), failed);
                }

                @Override
                public void alert(Alert a) {
                    counts[1]++;
                    producer.send(new ProducerRecord<>(out.alerts, key(a.vin()), Events.ALERT.encode(a)), failed);
                }
            };
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long seen = 0;
            while (seen < expected) {
                for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(200))) {
                    ObdReadingBatch batch;
                    try {
                        batch = Events.OBD_READING_BATCH.decode(rec.value());
                    } catch (RuntimeException e) {
                        seen++;
                        continue; // the job dead-letters these; the bench input has none
                    }
                    List<ObdReading> readings = batch.readings();
                    VehicleHealthState state = states.computeIfAbsent(batch.vin(), k -> new VehicleHealthState());
                    for (int i = 0; i < readings.size(); i++) {
                        engine.onReading(state, readings.get(i), sink);
                    }
                    seen += readings.size();
                }
            }
            // the end of input closes every last interval, as the job's end-of-input watermark does
            Instant end = Instant.ofEpochMilli(Long.MAX_VALUE);
            for (VehicleHealthState state : states.values()) {
                engine.flush(state, end, sink);
            }
            producer.flush();
        }
        if (failed.failures.get() > 0) {
            throw new IllegalStateException("(b): " + failed.failures.get() + " sends failed, first: " + failed.first);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static void inMemory(List<ObdReading> readings, Counting out) {
        VehicleHealthEngine engine = VehicleHealthEngine.defaults();
        Map<String, VehicleHealthState> states = new HashMap<>();
        for (ObdReading r : readings) {
            engine.onReading(states.computeIfAbsent(r.vin(), k -> new VehicleHealthState()), r, out);
        }
        Instant end = Instant.ofEpochMilli(Long.MAX_VALUE);
        for (VehicleHealthState state : states.values()) {
            engine.flush(state, end, out);
        }
    }

    /** CPU time of this whole JVM (the job's or loop's threads and the embedded broker's), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static KafkaProducer<byte[], byte[]> producer(String bootstrap, int lingerMs) {
        return producer(bootstrap, lingerMs, 120_000);
    }

    /** A producer whose unacknowledged records fail after {@code deliveryTimeoutMs} (Kafka's default: 2 min). */
    private static KafkaProducer<byte[], byte[]> producer(String bootstrap, int lingerMs, int deliveryTimeoutMs) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, deliveryTimeoutMs / 3),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** Counts sends the broker did not acknowledge: (b) has no fault tolerance, but must not lose output unnoticed. */
    private static final class FailedSends implements org.apache.kafka.clients.producer.Callback {
        final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
        volatile Exception first;

        @Override
        public void onCompletion(org.apache.kafka.clients.producer.RecordMetadata metadata, Exception e) {
            if (e != null && failures.getAndIncrement() == 0) {
                first = e;
            }
        }
    }

    static final class Counting implements HealthOutputs {
        long scores;
        long alerts;

        @Override
        public void score(HealthScore s) {
            scores++;
        }

        @Override
        public void anomaly(Anomaly a) {
        }

        @Override
        public void alert(Alert a) {
            alerts++;
        }
    }
}
