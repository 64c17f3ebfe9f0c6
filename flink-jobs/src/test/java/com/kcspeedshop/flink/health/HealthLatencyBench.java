package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.flink.testing.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The latency part of {@link HealthBench}: end-to-end alert latency of the health job (unbounded, the same graph and
 * settings as the bench's (a)) at a paced rate, alerts on the at-least-once fast path, read from {@link Topics#ALERTS}.
 */
final class HealthLatencyBench {

    private HealthLatencyBench() {
    }

    /**
     * The unbounded job at a paced rate: each reading's capture time is its scheduled send time, so an alert's
     * latency is its arrival at the consumer minus its {@code at} (the capture time of the event that raised it).
     */
    static void run(String bootstrap, int rate, int seconds, boolean perCycle) throws Exception {
        int vins = Math.max(1, rate / 6); // six readings per vehicle and second
        long staggerMs = 0; // spread below, by shifting each vehicle within its second
        List<ObdReading> plan = new ArrayList<>();
        for (ObdReading r : BenchFleet.fleet(vins, seconds, HealthBench.T0, staggerMs)) {
            int v = Integer.parseInt(r.vin().substring(8));
            long offset = (long) v * 1000 / vins; // vehicles evenly over each second: a steady rate
            plan.add(BenchFleet.shift(r, offset));
        }
        plan = BenchFleet.byTime(plan);
        HealthBench.Counting expected = new HealthBench.Counting();
        HealthBench.inMemory(plan, expected);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.ALERTS, HealthBench.PARTITIONS, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))).all().get(30, TimeUnit.SECONDS);
        }
        String[] in = TestKafka.freshTopics(HealthBench.PARTITIONS, "bench-live-readings");
        HealthBench.Outs t = HealthBench.topics("live");
        t = new HealthBench.Outs(t.scores(), t.anomalies(), Topics.ALERTS, t.dead(), t.lateReadings(), t.lateReports(),
                t.dtc(), t.models());
        JobClient job = HealthBench.start(HealthBench.config(bootstrap, in[0], t, false, "earliest"));
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
        try (KafkaProducer<byte[], byte[]> producer = HealthBench.producer(bootstrap, 0)) {
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
        // the last alerts leave after the watermark passes
        Thread.sleep(HealthBench.OUT_OF_ORDERNESS.toMillis() + 8_000);
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
                expected.alerts, pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 1.0),
                HealthBench.OUT_OF_ORDERNESS.toMillis());
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

}
