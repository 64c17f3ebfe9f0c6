package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.collector.publish.KafkaPublisherConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link JournaledPublisher}, validated on construction.
 *
 * @param journal      where and how readings are journaled
 * @param kafka        broker, topic, client id, batching and {@code maxBlock}; its {@code deliveryTimeout} is not used:
 *                     the journaled publisher lets the producer retry without limit (see {@link JournaledPublisher})
 * @param drainTimeout how long {@code flush} and {@code close} wait for Kafka to acknowledge the backlog before
 *                     returning with it still journaled; 0..10 min, default 30 s
 * @param maxBackoff   longest pause between attempts while Kafka is unreachable; 10 ms..5 min, default 5 s
 */
public record JournaledPublisherSettings(JournalSettings journal, KafkaPublisherConfig kafka, Duration drainTimeout,
                                         Duration maxBackoff) {

    public JournaledPublisherSettings {
        Objects.requireNonNull(journal, "journal settings must not be null");
        Objects.requireNonNull(kafka, "kafka settings must not be null");
        requireWithin(drainTimeout, Duration.ZERO, Duration.ofMinutes(10), "drainTimeout");
        requireWithin(maxBackoff, Duration.ofMillis(10), Duration.ofMinutes(5), "maxBackoff");
    }

    public static JournaledPublisherSettings of(JournalSettings journal, KafkaPublisherConfig kafka) {
        return new JournaledPublisherSettings(journal, kafka, Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    public JournaledPublisherSettings withDrainTimeout(Duration newDrainTimeout) {
        return new JournaledPublisherSettings(journal, kafka, newDrainTimeout, maxBackoff);
    }

    public JournaledPublisherSettings withMaxBackoff(Duration newMaxBackoff) {
        return new JournaledPublisherSettings(journal, kafka, drainTimeout, newMaxBackoff);
    }

    private static void requireWithin(Duration value, Duration min, Duration max, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", got " + value);
        }
    }
}
