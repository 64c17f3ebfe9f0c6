package com.kcspeedshop.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    @TempDir
    Path dataDir;

    @Test
    void recordsAndConsumerOffsetsSurviveARestartOnTheSameFolder() {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0, 0)) {
            kafka.createTopics(2, "restart-test");
            produce(kafka, "a", "b", "c");
            assertThat(consume(kafka, "group-1", 3)).containsExactlyInAnyOrder("a", "b", "c");
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0, 0)) {
            produce(kafka, "d");
            // the group committed a, b, c before the restart: it resumes with d only
            assertThat(consume(kafka, "group-1", 1)).containsExactly("d");
            assertThat(consume(kafka, "group-2", 4)).containsExactlyInAnyOrder("a", "b", "c", "d");
        }
    }

    @Test
    void refusesATakenPortWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedKafka.start(dataDir, taken.getLocalPort(), 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Kafka cannot listen on port " + taken.getLocalPort());
        }
    }

    private static void produce(EmbeddedKafka kafka, String... values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>("restart-test", value, value));
            }
        }
    }

    private static List<String> consume(EmbeddedKafka kafka, String group, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("restart-test"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            // give a wrongly resumed group the chance to show extra records
            consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            consumer.commitSync();
        }
        return values;
    }
}
