package com.kcspeedshop.collector.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes an adapter's {@link Fingerprint} as a JSON record keyed by VIN, once per connection, so an odd reading can
 * be traced to the adapter (and the workarounds) that produced it. Asynchronous and best effort within the producer's
 * delivery timeout: a collector keeps polling while Kafka is away, and the next connection publishes again.
 */
public final class FingerprintPublisher implements AutoCloseable {

    /** The topic, {@code telemetry.adapter-fingerprints.v1}. */
    public static final String TOPIC = Topics.ADAPTER_FINGERPRINTS;

    private static final Logger LOG = LoggerFactory.getLogger(FingerprintPublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, String> producer;
    private final String topic;

    /** A producer on {@code kafka}'s brokers with its client id suffixed {@code -fingerprints}. */
    public FingerprintPublisher(KafkaPublisherConfig kafka, String topic) {
        Properties props = kafka.producerProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.clientId() + "-fingerprints");
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Duration.ofMinutes(5).toMillis()));
        this.producer = new KafkaProducer<>(props);
        this.topic = topic;
    }

    /** The record's JSON: {@code {"vin":..., "source":..., "connectedAt":..., "fingerprint":{...}}}. */
    public static String json(String vin, String source, Instant connectedAt, Fingerprint fingerprint) {
        try {
            ObjectNode node = JSON.createObjectNode();
            node.put("vin", vin);
            node.put("source", source);
            node.put("connectedAt", connectedAt.toString());
            node.set("fingerprint", JSON.readTree(fingerprint.toJson()));
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fingerprint always serialises", e);
        }
    }

    /** Sends the record; a failure is logged, not thrown. */
    public void publish(String vin, String source, Fingerprint fingerprint) {
        String value = json(vin, source, Instant.now(), fingerprint);
        LOG.info("adapter fingerprint for {}: {}", vin, value);
        try {
            producer.send(new ProducerRecord<>(topic, vin, value), (metadata, error) -> {
                if (error != null) {
                    LOG.warn("fingerprint of {} not published to {}: {}", vin, topic, error.getMessage());
                }
            });
        } catch (RuntimeException e) {
            // e.g. no metadata within max.block.ms while the broker is away: the next connection publishes again
            LOG.warn("fingerprint of {} not published to {}: {}", vin, topic, e.getMessage());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
