package com.kcspeedshop.collector.publish.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.collector.publish.KafkaPublisherConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class JournaledPublisherSettingsTest {

    private static final JournalSettings JOURNAL = JournalSettings.of(Path.of("journal"));
    private static final KafkaPublisherConfig KAFKA = KafkaPublisherConfig.of("broker1:9092");

    @Test
    void shouldDefaultToA30SecondDrainAndA5SecondBackoffCap() {
        JournaledPublisherSettings settings = JournaledPublisherSettings.of(JOURNAL, KAFKA);
        assertThat(settings.drainTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldRejectTimingsOutsideTheirRanges() {
        JournaledPublisherSettings settings = JournaledPublisherSettings.of(JOURNAL, KAFKA);
        assertThatThrownBy(() -> settings.withDrainTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drainTimeout must be within");
        assertThatThrownBy(() -> settings.withMaxBackoff(Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff must be within");
        assertThatThrownBy(() -> JournaledPublisherSettings.of(null, KAFKA))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("journal settings");
    }

    @Test
    void shouldKeepTheDeliveryGuaranteesAndLetTheProducerRetryWithoutDeadline() {
        Properties props = JournaledPublisher.producerProperties(JournaledPublisherSettings.of(JOURNAL, KAFKA));
        assertThat(props).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5")
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE))
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker1:9092");
    }
}
