package com.kcspeedshop.collector.publish;

import com.kcspeedshop.collector.sim.FleetSimulator;
import com.kcspeedshop.collector.sim.SimulatorSettings;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The readings topic with one record per reading (the baseline: every reading through {@code publish}, what the
 * collector sent before cycles) against one record per poll cycle ({@code publishCycle}), measured in the same run on
 * the embedded broker, rounds alternating. Each mode: a simulated fleet runs its ticks as fast as the producer takes
 * them (7 signals per car and tick) through {@link KafkaReadingPublisher} into a fresh 3-partition topic, flushed; then
 * one consumer reads the topic from the start, decoding every record as the Flink jobs do
 * ({@link Events#OBD_READING_BATCH}, flattened), until every reading arrived. Prints records, bytes, and readings per
 * second produced and consumed per mode.
 *
 * <p>Not a test: its name matches neither {@code *Test} nor {@code *IT}, so the build never runs it, and it asserts
 * nothing about speed. Arguments (optional): vehicles, ticks, rounds.
 */
public final class CycleRecordsBench {

    private enum Mode { ONE_BY_ONE, CYCLES }

    private record Result(Mode mode, long readings, long records, long bytes, Duration produce, Duration consume) {
        double producePerSecond() {
            return readings * 1e9 / produce.toNanos();
        }

        double consumePerSecond() {
            return readings * 1e9 / consume.toNanos();
        }
    }

    private CycleRecordsBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = 1;
        try {
            bench(args.length > 0 ? Integer.parseInt(args[0]) : 200, args.length > 1 ? Integer.parseInt(args[1]) : 100,
                    args.length > 2 ? Integer.parseInt(args[2]) : 3);
            status = 0;
        } finally {
            System.exit(status); // the shared broker's threads are not daemons
        }
    }

    private static void bench(int vehicles, int ticks, int rounds) throws InterruptedException {
        EmbeddedKafka kafka = SharedInfrastructure.kafka();
        // every topic up front, then a pause: an idempotent producer that writes to a partition in the moment its
        // leadership settles can get stuck on OUT_OF_ORDER_SEQUENCE_NUMBER (seen here on the single-node broker)
        ArrayDeque<String> topics = new ArrayDeque<>();
        for (int i = 0; i < 2 * rounds + 2; i++) {
            String topic = "cycle-bench-" + UUID.randomUUID();
            kafka.createTopics(3, topic);
            topics.add(topic);
        }
        Thread.sleep(3_000);
        run(kafka, topics.poll(), Mode.ONE_BY_ONE, 20, 5); // warm-up: JIT, producer and consumer start-up paths
        run(kafka, topics.poll(), Mode.CYCLES, 20, 5);
        System.out.printf(Locale.ROOT, "%d vehicles x %d ticks x 7 signals = %,d readings per mode and round%n",
                vehicles, ticks, (long) vehicles * ticks * 7);
        System.out.printf(Locale.ROOT, "%-5s %-10s %9s %11s %8s %14s %14s%n", "round", "mode", "records", "bytes",
                "B/rdg", "produce rdg/s", "consume rdg/s");
        for (int round = 1; round <= rounds; round++) {
            Result baseline = run(kafka, topics.poll(), Mode.ONE_BY_ONE, vehicles, ticks);
            Result cycles = run(kafka, topics.poll(), Mode.CYCLES, vehicles, ticks);
            for (Result r : List.of(baseline, cycles)) {
                System.out.printf(Locale.ROOT, "%-5d %-10s %,9d %,11d %8.1f %,14.0f %,14.0f%n", round, r.mode(),
                        r.records(), r.bytes(), (double) r.bytes() / r.readings(), r.producePerSecond(),
                        r.consumePerSecond());
            }
            System.out.printf(Locale.ROOT, "      cycles / one-by-one: records %.3f, bytes %.3f, produce %.2fx, "
                            + "consume %.2fx%n", (double) cycles.records() / baseline.records(),
                    (double) cycles.bytes() / baseline.bytes(), cycles.producePerSecond() / baseline.producePerSecond(),
                    cycles.consumePerSecond() / baseline.consumePerSecond());
        }
    }

    private static Result run(EmbeddedKafka kafka, String topic, Mode mode, int vehicles, int ticks) {
        long produceStart;
        long produceEnd;
        long readings;
        try (KafkaReadingPublisher kafkaPublisher = KafkaReadingPublisher.create(kafka.bootstrapServers(), topic)) {
            ReadingPublisher publisher = mode == Mode.CYCLES ? kafkaPublisher : new OneByOne(kafkaPublisher);
            FleetSimulator fleet = new FleetSimulator(SimulatorSettings.defaults(vehicles).withSourceId("bench"),
                    publisher, Clock.systemUTC());
            produceStart = System.nanoTime();
            readings = fleet.runTicks(ticks);
            publisher.flush();
            produceEnd = System.nanoTime();
            PublishStats stats = kafkaPublisher.stats();
            if (stats.delivered() != readings) {
                throw new IllegalStateException(mode + ": " + stats.delivered() + " of " + readings + " delivered; "
                        + stats.lastError());
            }
        }
        return consume(kafka, topic, mode, readings, Duration.ofNanos(produceEnd - produceStart));
    }

    private static Result consume(EmbeddedKafka kafka, String topic, Mode mode, long expected, Duration produce) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long readings = 0;
        long records = 0;
        long bytes = 0;
        double checksum = 0; // uses every decoded value, so the decode cannot be skipped
        long start = System.nanoTime();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = start + Duration.ofMinutes(2).toNanos();
            while (readings < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    bytes += record.value().length;
                    for (ObdReading reading : Events.OBD_READING_BATCH.decode(record.value()).readings()) {
                        readings++;
                        checksum += reading.value();
                    }
                }
            }
        }
        Duration consume = Duration.ofNanos(System.nanoTime() - start);
        if (readings != expected || Double.isNaN(checksum)) {
            throw new IllegalStateException(mode + ": consumed " + readings + " of " + expected + " readings");
        }
        return new Result(mode, readings, records, bytes, produce, consume);
    }

    /** The baseline: a cycle goes reading by reading through {@code publish}, the interface's default. */
    private record OneByOne(KafkaReadingPublisher delegate) implements ReadingPublisher {
        @Override
        public void publish(ObdReading reading) {
            delegate.publish(reading);
        }

        @Override
        public void flush() {
            delegate.flush();
        }

        @Override
        public PublishStats stats() {
            return delegate.stats();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
