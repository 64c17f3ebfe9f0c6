package com.kcspeedshop.serving.registry;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.events.Topics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes {@link ModelUpdate}s to {@link Topics#MODEL_UPDATES}, keyed by model name so one partition keeps each
 * name's updates in order. Waits for the broker's acknowledgement: a promotion is reported done only once consumers
 * can see it.
 */
public final class ModelUpdatePublisher implements AutoCloseable {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public ModelUpdatePublisher(String bootstrapServers) {
        this(bootstrapServers, Topics.MODEL_UPDATES);
    }

    public ModelUpdatePublisher(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) ACK_TIMEOUT.toMillis());
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    public void publish(ModelUpdate update) {
        try {
            producer.send(new ProducerRecord<>(topic, update.modelName(), Events.MODEL_UPDATE.encode(update)))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + update, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish " + update + " to " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
