package com.kcspeedshop.flink.health;

import static com.kcspeedshop.flink.health.BenchFleet.key;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.flink.testing.TestKafka;
import com.kcspeedshop.health.HealthOutputs;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.VehicleHealthState;
import com.kcspeedshop.infra.SharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
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
 *       cost). A first tiny run warms the JVM and the broker up;</li>
 *   <li>a hand-written single-threaded consumer → the same {@link VehicleHealthEngine} (a HashMap of states per VIN) →
 *       producer loop, no fault tolerance: timed from consumer creation to the producer's final flush;</li>
 *   <li>the same engine over the decoded readings in memory (no decode, no I/O), three rounds, the last one used;</li>
 * </ol>
 * then end-to-end alert latency of the job (unbounded, same graph and settings) at a paced rate, alerts on the
 * at-least-once fast path, read from {@link Topics#ALERTS}. The failing alternator raises {@code charging-low} only
 * after 30 s of running plus a 60 s sustain, hence at least 100 s of paced input.
 *
 * <p>Arguments (all optional): {@code vins seconds latencyRate latencySeconds records}, default {@code 300 600 10000 120
 * cycle}; {@code records} is {@code cycle} (one record per poll cycle) or {@code reading} (one record per reading).
 */
public final class HealthBench {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);
    private static final Duration IDLENESS = Duration.ofSeconds(1);
    private static final int PARTITIONS = 2;

    private HealthBench() {
    }

    public static void main(String[] args) throws Exception {
        int vins = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int latencyRate = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int latencySeconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
        String records = args.length > 4 ? args[4] : "cycle";
        if (vins < 1 || seconds < 20 || latencyRate < 6 || latencySeconds < 100
                || !(records.equals("cycle") || records.equals("reading"))) {
            System.err.println("usage: HealthBench [vins>=1] [seconds>=20] [latencyRate>=6] [latencySeconds>=100] "
                    + "[cycle|reading]");
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

        // (a) the job graph. A tiny topic runs before (JIT and broker warm-up) and after it: the second run's time
        // is the fixed cost of a run (MiniCluster and job start-up, the final checkpoint and its commits)
        List<ObdReading> tiny = BenchFleet.byTime(BenchFleet.fleet(1, 20, T0, 0));
        String[] tinyIn = TestKafka.freshTopics(PARTITIONS, "bench-tiny-readings");
        produceAll(bootstrap, tinyIn[0], tiny);
        start(config(bootstrap, tinyIn[0], topics("warm-up"), true, "earliest")).getJobExecutionResult().get();

        Outs a = topics("a");
        HealthJobConfig configA = config(bootstrap, in[0], a, true, "earliest");
        long a0 = System.nanoTime();
        long cpuA0 = processCpuNanos();
        JobClient job = start(configA);
        job.getJobExecutionResult().get();
        double secondsA = (System.nanoTime() - a0) / 1e9;
        double cpuA = (processCpuNanos() - cpuA0) / 1e9;
        long scoresA;
        long alertsA;
        long lateA;
        try (TestKafka kafka = new TestKafka()) {
            scoresA = kafka.readAll(a.scores).size();
            alertsA = kafka.readAll(a.alerts).size();
            lateA = kafka.readAll(a.lateReadings).size();
        }
        long f0 = System.nanoTime();
        start(config(bootstrap, tinyIn[0], topics("tiny"), true, "earliest")).getJobExecutionResult().get();
        double fixedSeconds = (System.nanoTime() - f0) / 1e9;
        double rateA = n / secondsA;
        double sustainedA = (n - tiny.size()) / (secondsA - fixedSeconds);
        System.out.printf(Locale.ROOT, "(a) Flink job graph, p=2, exactly-once checkpoints every 10 s, Kafka in/out: "
                + "%,.0f readings/s sustained (%.1f s in all, of which %.1f s fixed cost measured on a %d-reading "
                + "topic; %,.0f readings/s with the fixed cost; %,d committed scores, %,d alert events, %,d late "
                + "readings)%n", sustainedA, secondsA, fixedSeconds, tiny.size(), rateA, scoresA, alertsA, lateA);
        System.out.printf(Locale.ROOT, "(a) CPU: %.1f s of this JVM's CPU (job and embedded broker) = %.2f cores "
                + "busy, %.2f us per reading%n", cpuA, cpuA / secondsA, cpuA * 1e6 / n);

        // (b) the hand-written loop
        Outs b = topics("b");
        long[] countsB = new long[2];
        long cpuB0 = processCpuNanos();
        double secondsB = handWritten(bootstrap, in[0], n, b, countsB);
        double cpuB = (processCpuNanos() - cpuB0) / 1e9;
        double rateB = n / secondsB;
        System.out.printf(Locale.ROOT, "(b) hand-written consumer -> engine -> producer, 1 thread, no fault tolerance:"
                + " %,.0f readings/s (%.1f s; %,d scores, %,d alert events)%n", rateB, secondsB, countsB[0],
                countsB[1]);
        System.out.printf(Locale.ROOT, "(b) CPU: %.1f s (loop and embedded broker) = %.2f cores busy, %.2f us per "
                + "reading%n", cpuB, cpuB / secondsB, cpuB * 1e6 / n);

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
        System.out.printf(Locale.ROOT, "ratios: (a)/(b) = %.2f sustained (%.2f with (a)'s fixed cost), (c)/(a) = %.1f%n",
                sustainedA / rateB, rateA / rateB, rateC / sustainedA);

        latency(bootstrap, latencyRate, latencySeconds);
        System.exit(0); // the embedded broker and Flink's threads would keep the JVM alive
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
    private record Outs(String scores, String anomalies, String alerts, String dead, String lateReadings,
                          String lateReports, String dtc, String models) {
    }

    private static Outs topics(String variant) {
        String[] t = TestKafka.freshTopics(PARTITIONS, "bench-" + variant + "-scores", "bench-" + variant
                + "-anomalies", "bench-" + variant + "-alerts", "bench-" + variant + "-dead", "bench-" + variant
                + "-late", "bench-" + variant + "-late-dtc", "bench-" + variant + "-dtc", "bench-" + variant
                + "-models");
        return new Outs(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
    }

    private static HealthJobConfig config(String bootstrap, String readings, Outs t, boolean bounded,
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
    private static JobClient start(HealthJobConfig config) throws Exception {
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
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
             KafkaProducer<byte[], byte[]> producer = producer(bootstrap, 5)) {
            HealthOutputs sink = new HealthOutputs() {
                @Override
                public void score(HealthScore s) {
                    counts[0]++;
                    producer.send(new ProducerRecord<>(out.scores, key(s.vin()), Events.HEALTH_SCORE.encode(s)));
                }

                @Override
                public void anomaly(Anomaly a) {
                    producer.send(new ProducerRecord<>(out.anomalies, key(a.vin()), Events.ANOMALY.encode(a)));
                }

                @Override
                public void alert(Alert a) {
                    counts[1]++;
                    producer.send(new ProducerRecord<>(out.alerts, key(a.vin()), Events.ALERT.encode(a)));
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
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void inMemory(List<ObdReading> readings, Counting out) {
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

    /**
     * The unbounded job at a paced rate: each reading's capture time is its scheduled send time, so an alert's
     * latency is its arrival at the consumer minus its {@code at} (the capture time of the event that raised it).
     */
    private static void latency(String bootstrap, int rate, int seconds) throws Exception {
        int vins = Math.max(1, rate / 6); // six readings per vehicle and second
        long staggerMs = 0; // spread below, by shifting each vehicle within its second
        List<ObdReading> plan = new ArrayList<>();
        for (ObdReading r : BenchFleet.fleet(vins, seconds, T0, staggerMs)) {
            int v = Integer.parseInt(r.vin().substring(8));
            long offset = (long) v * 1000 / vins; // vehicles evenly over each second: a steady rate
            plan.add(BenchFleet.shift(r, offset));
        }
        plan = BenchFleet.byTime(plan);
        Counting expected = new Counting();
        inMemory(plan, expected);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.ALERTS, PARTITIONS, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))).all().get(30, TimeUnit.SECONDS);
        }
        String[] in = TestKafka.freshTopics(PARTITIONS, "bench-live-readings");
        Outs t = topics("live");
        t = new Outs(t.scores, t.anomalies, Topics.ALERTS, t.dead, t.lateReadings, t.lateReports, t.dtc, t.models);
        JobClient job = start(config(bootstrap, in[0], t, false, "earliest"));
        while (job.getJobStatus().get() != JobStatus.RUNNING) {
            Thread.sleep(100);
        }
        Thread.sleep(5_000); // sources assigned, operators open

        Map<String, List<Long>> latencies = new java.util.TreeMap<>(); // per rule; guarded by itself
        AtomicBoolean stop = new AtomicBoolean();
        Thread consumerThread = new Thread(() -> consumeAlerts(bootstrap, latencies, stop), "bench-alert-consumer");
        consumerThread.start();

        long shiftMs = System.currentTimeMillis() + 1_000 - plan.get(0).capturedAt().toEpochMilli();
        long maxSendLag = 0;
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap, 0)) {
            for (ObdReadingBatch cycle : BenchFleet.asRecords(plan, perCycle)) {
                long due = cycle.capturedAt().toEpochMilli() + shiftMs;
                long wait;
                while ((wait = due - System.currentTimeMillis()) > 0) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(Math.min(wait, 1)));
                }
                maxSendLag = Math.max(maxSendLag, -wait);
                producer.send(BenchFleet.record(in[0], BenchFleet.shift(cycle, shiftMs)));
            }
            producer.flush();
        }
        Thread.sleep(OUT_OF_ORDERNESS.toMillis() + 8_000); // the last alerts leave after the watermark passes
        stop.set(true);
        consumerThread.join();
        job.cancel().get(30, TimeUnit.SECONDS);

        long[] sorted;
        synchronized (latencies) {
            sorted = latencies.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        }
        System.out.printf(Locale.ROOT, "latency: %,d readings/s paced for %d s (%d VINs, every 10th with a failing "
                + "alternator), alerts at-least-once on %s; worst producer lag behind schedule %d ms%n", vins * 6,
                seconds, vins, Topics.ALERTS, maxSendLag);
        System.out.printf(Locale.ROOT, "latency: %d alert events received (%d expected from the engine in memory); "
                + "produce -> alert topic p50 %s ms, p99 %s ms, max %s ms; event-time.out-of-orderness = %d ms "
                + "(interval alerts wait for the watermark, reading-level alerts do not)%n", sorted.length,
                expected.alerts, pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 1.0), OUT_OF_ORDERNESS.toMillis());
        synchronized (latencies) {
            latencies.forEach((rule, list) -> {
                long[] r = list.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "latency:   %-22s %5d events  p50 %s ms  p99 %s ms  max %s ms%n",
                        rule, r.length, pct(r, 0.50), pct(r, 0.99), pct(r, 1.0));
            });
        }
    }

    private static void consumeAlerts(String bootstrap, Map<String, List<Long>> latencies, AtomicBoolean stop) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS).stream()
                    .map(p -> new TopicPartition(Topics.ALERTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!stop.get()) {
                for (ConsumerRecord<byte[], byte[]> rec : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.currentTimeMillis();
                    Alert a = Events.ALERT.decode(rec.value());
                    synchronized (latencies) {
                        latencies.computeIfAbsent(a.rule(), k -> new ArrayList<>()).add(now - a.at().toEpochMilli());
                    }
                }
            }
        }
    }

    private static String pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "n/a";
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return Long.toString(sorted[Math.max(0, i)]);
    }

    /** CPU time of this whole JVM (the job's or loop's threads and the embedded broker's), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap, int lingerMs) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static final class Counting implements HealthOutputs {
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
