package com.kcspeedshop.collector.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.TopicRecords;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** How readings and cycles land on a real topic: one record per cycle, split at the batch limit, singles plain. */
class KafkaReadingPublisherIT {

    private static final String VIN = "1HGCM82633A004352";
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private static List<ObdReading> cycle(long firstSequence, int size) {
        return LongStream.range(firstSequence, firstSequence + size).mapToObj(sequence -> new ObdReading(VIN,
                "SIGNAL_" + sequence, sequence, "x", T.plusSeconds(firstSequence), "publisher-it", sequence, "7E8"))
                .toList();
    }

    @Test
    void shouldSendACycleAsOneRecordSplitAtTheBatchLimitAndASingleReadingAsAPlainRecord() {
        EmbeddedKafka kafka = SharedInfrastructure.kafka();
        String topic = "publisher-it-" + UUID.randomUUID();
        kafka.createTopics(1, topic);
        List<ObdReading> six = cycle(1, 6);
        List<ObdReading> huge = cycle(100, 2 * ObdReadingBatch.MAX_READINGS + 2);
        List<ObdReading> one = cycle(5_000, 1);
        ObdReading single = cycle(6_000, 1).get(0);
        int total = 6 + huge.size() + 1 + 1;

        try (KafkaReadingPublisher publisher = KafkaReadingPublisher.create(kafka.bootstrapServers(), topic)) {
            publisher.publishCycle(six);
            publisher.publishCycle(huge);
            publisher.publishCycle(one);
            publisher.publishCycle(List.of());
            publisher.publish(single);
            publisher.flush();
            PublishStats stats = publisher.stats();
            assertThat(stats.accepted()).as("readings, not records").isEqualTo(total);
            assertThat(stats.delivered()).isEqualTo(total);
            assertThat(stats.failed()).isZero();
        }

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readReadings(kafka.bootstrapServers(), topic,
                total);
        assertThat(records).extracting(record -> TopicRecords.batch(record).size())
                .containsExactly(6, ObdReadingBatch.MAX_READINGS, ObdReadingBatch.MAX_READINGS, 2, 1, 1);
        assertThat(TopicRecords.readings(records)).as("every reading exactly once, in order").containsExactlyElementsOf(
                concat(six, huge, one, List.of(single)));
        assertThat(Events.OBD_READING.decode(records.get(4).value())).as("a cycle of one: a plain reading record")
                .isEqualTo(one.get(0));
        assertThat(Events.OBD_READING.decode(records.get(5).value())).isEqualTo(single);
    }

    @SafeVarargs
    private static List<ObdReading> concat(List<ObdReading>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
