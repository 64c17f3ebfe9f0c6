package com.kcspeedshop.collector.sim;

import com.kcspeedshop.collector.TopicRecords;
import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.publish.KafkaReadingPublisher;
import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The simulator publishing through the real Kafka producer to the real in-process broker, read back by a consumer. */
class FleetSimulatorKafkaIT {

    private static final int PARTITIONS = 3;

    @Test
    void shouldPublishEverySignalOfEveryCarKeyedByVinWithIncreasingSequencesAcrossARestart() {
        EmbeddedKafka kafka = SharedInfrastructure.kafka();
        String topic = "sim-it-" + UUID.randomUUID();
        kafka.createTopics(PARTITIONS, topic);
        SimulatorSettings settings = SimulatorSettings.defaults(6).withSeed(11).withSourceId("sim-it");

        List<String> vins;
        try (KafkaReadingPublisher publisher = KafkaReadingPublisher.create(kafka.bootstrapServers(), topic)) {
            try (FleetSimulator simulator = new FleetSimulator(settings, publisher, Clock.systemUTC())) {
                vins = simulator.vins();
                assertThat(simulator.runTicks(20)).isEqualTo(6 * 7 * 20);
            }
            // the same fleet and source again, as after a process restart: no state carried over
            try (FleetSimulator restarted = new FleetSimulator(settings, publisher, Clock.systemUTC())) {
                assertThat(restarted.runTicks(10)).isEqualTo(6 * 7 * 10);
            }
            publisher.flush();
            PublishStats stats = publisher.stats();
            assertThat(stats.delivered()).isEqualTo(6 * 7 * 30);
            assertThat(stats.failed()).isZero();
        }

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readReadings(kafka.bootstrapServers(), topic,
                6 * 7 * 30);
        assertThat(TopicRecords.readings(records)).hasSize(6 * 7 * 30);
        List<String> allSignals = Arrays.stream(Signal.values()).map(Signal::name).toList();
        assertThat(records).as("one record per car and tick").hasSize(6 * 30).allSatisfy(record -> {
            ObdReadingBatch tick = TopicRecords.batch(record); // also checks the key is the batch's VIN
            assertThat(tick.readings()).extracting(ObdReading::signal).containsExactlyElementsOf(allSignals);
            assertThat(tick.readings()).extracting(ObdReading::capturedAt).containsOnly(tick.capturedAt());
        });
        Map<String, Set<String>> signalsByVin = new HashMap<>();
        Map<String, Set<Integer>> partitionsByVin = new HashMap<>();
        Map<Integer, List<Long>> sequencesByPartition = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            for (ObdReading reading : TopicRecords.batch(record).readings()) {
                assertThat(reading.source()).isEqualTo("sim-it");
                signalsByVin.computeIfAbsent(reading.vin(), v -> new HashSet<>()).add(reading.signal());
                partitionsByVin.computeIfAbsent(reading.vin(), v -> new HashSet<>()).add(record.partition());
                sequencesByPartition.computeIfAbsent(record.partition(), p -> new ArrayList<>())
                        .add(reading.sequence());
            }
        }
        assertThat(signalsByVin.keySet()).containsExactlyInAnyOrderElementsOf(vins);
        assertThat(signalsByVin.values()).allSatisfy(signals -> assertThat(signals).containsExactlyInAnyOrderElementsOf(
                allSignals));
        assertThat(partitionsByVin.values()).as("one car, one partition").allSatisfy(p -> assertThat(p).hasSize(1));
        sequencesByPartition.forEach((partition, sequences) -> {
            for (int i = 1; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).as("partition %d offset %d", partition, i)
                        .isGreaterThan(sequences.get(i - 1));
            }
        });
    }
}
