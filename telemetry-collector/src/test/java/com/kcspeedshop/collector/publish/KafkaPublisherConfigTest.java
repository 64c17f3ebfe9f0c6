package com.kcspeedshop.collector.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.Topics;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KafkaPublisherConfigTest {

    @Test
    void shouldFixTheDeliveryGuaranteesTheSequenceContractNeeds() {
        Properties props = KafkaPublisherConfig.of("broker-1:9092, broker-2:9093").producerProperties();
        assertThat(props)
                .containsEntry("bootstrap.servers", "broker-1:9092,broker-2:9093")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("acks", "all")
                .containsEntry("max.in.flight.requests.per.connection", "5")
                .containsEntry("linger.ms", "20")
                .containsEntry("compression.type", "lz4")
                .containsEntry("key.serializer", "org.apache.kafka.common.serialization.StringSerializer")
                .containsEntry("value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
    }

    @Test
    void shouldDefaultToTheReadingsTopic() {
        assertThat(KafkaPublisherConfig.of("kafka:9092").topic()).isEqualTo(Topics.OBD_READINGS);
    }

    @Test
    void shouldShrinkTheRequestTimeoutToFitAShortDeliveryTimeout() {
        Properties props = KafkaPublisherConfig.of("kafka:9092")
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2)).producerProperties();
        assertThat(props).containsEntry("delivery.timeout.ms", "2000").containsEntry("request.timeout.ms", "1980")
                .containsEntry("max.block.ms", "500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "kafka", "kafka:", "kafka:0", "kafka:70000", "kafka:9092,", "http://kafka:9092"})
    void shouldRejectBootstrapServersThatAreNotHostPortLists(String servers) {
        assertThatThrownBy(() -> KafkaPublisherConfig.of(servers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9092");
    }

    @Test
    void shouldAcceptIpv6Brokers() {
        assertThat(KafkaPublisherConfig.of("[::1]:9092").bootstrapServers()).isEqualTo("[::1]:9092");
    }

    @Test
    void shouldRejectNullBootstrapServersAndBadTopicsAndTimeouts() {
        assertThatThrownBy(() -> KafkaPublisherConfig.of(null)).hasMessageContaining("required");
        assertThatThrownBy(() -> KafkaPublisherConfig.of("kafka:9092").withTopic("bad topic"))
                .hasMessageContaining("topic");
        assertThatThrownBy(() -> KafkaPublisherConfig.of("kafka:9092").withLinger(Duration.ofMinutes(1)))
                .hasMessageContaining("linger");
        assertThatThrownBy(() -> KafkaPublisherConfig.of("kafka:9092")
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500))).hasMessageContaining("deliveryTimeout");
    }
}
