package com.kcspeedshop.collector.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.events.Topics;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes an adapter's {@link Fingerprint} as a JSON record keyed by VIN, once per connection (and again after each
 * reconnect), so an odd reading can be traced to the adapter (and the workarounds) that produced it.
 *
 * <p>Two modes. {@link #durable} (what {@code run --journal-dir} uses) stores each record in a
 * {@link FingerprintOutbox} on disk before sending and deletes it only once Kafka acknowledged it: like the readings'
 * journal, a record survives a broker outage of any length and a crash of the collector. A record may then arrive
 * twice (sent, then a crash before its file was deleted); {@code (source, connectedAt)} identifies it. The plain
 * constructor sends directly, best effort within the producer's delivery timeout, as readings without a journal are.
 */
public final class FingerprintPublisher implements AutoCloseable {

    /** The topic, {@code telemetry.adapter-fingerprints.v1}. */
    public static final String TOPIC = Topics.ADAPTER_FINGERPRINTS;
    /** How long {@link #close()} waits for the outbox to drain before leaving the rest for the next start. */
    static final Duration DRAIN_ON_CLOSE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(FingerprintPublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Producer<String, String> producer;
    private final String topic;
    private final FingerprintOutbox outbox;
    private final FingerprintSender sender;
    private final Thread senderThread;

    /** Direct mode: a producer on {@code kafka}'s brokers with its client id suffixed {@code -fingerprints}. */
    public FingerprintPublisher(KafkaPublisherConfig kafka, String topic) {
        this(kafka, topic, null);
    }

    private FingerprintPublisher(KafkaPublisherConfig kafka, String topic, Path outboxDirectory) {
        this.topic = topic;
        this.outbox = outboxDirectory == null ? null : new FingerprintOutbox(outboxDirectory);
        this.producer = new KafkaProducer<>(producerProperties(kafka, outbox == null));
        if (outbox == null) {
            sender = null;
            senderThread = null;
        } else {
            sender = new FingerprintSender(outbox, producer, topic, kafka.deliveryTimeout());
            senderThread = new Thread(sender, "kcs-fingerprint-sender");
            senderThread.setDaemon(true); // what it has not sent stays in the outbox
            senderThread.start();
        }
    }

    /**
     * Durable mode: records go through an outbox in {@code outboxDirectory} (created if missing), which is sent from
     * at once, backlog first.
     */
    public static FingerprintPublisher durable(KafkaPublisherConfig kafka, String topic, Path outboxDirectory) {
        return new FingerprintPublisher(kafka, topic, outboxDirectory);
    }

    private static Properties producerProperties(KafkaPublisherConfig kafka, boolean direct) {
        Properties props = kafka.producerProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.clientId() + "-fingerprints");
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        if (direct) {
            // no outbox behind it: let the producer itself retry through a short outage
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Duration.ofMinutes(5).toMillis()));
        }
        return props;
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

    /** Stores (durable mode) and sends the record; a failure is logged, not thrown. */
    public void publish(String vin, String source, Fingerprint fingerprint) {
        String value = json(vin, source, Instant.now(), fingerprint);
        LOG.info("adapter fingerprint for {}: {}", vin, value);
        if (outbox != null) {
            try {
                outbox.add(vin, value);
                sender.wakeUp();
            } catch (UncheckedIOException e) {
                LOG.warn("fingerprint of {} not stored in {}, sending it directly: {}", vin, outbox.directory(),
                        e.getMessage());
                sendDirectly(vin, value);
            }
            return;
        }
        sendDirectly(vin, value);
    }

    private void sendDirectly(String vin, String value) {
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

    /** Records stored but not yet acknowledged by Kafka; 0 in direct mode. */
    public int pending() {
        return outbox == null ? 0 : outbox.size();
    }

    /**
     * Waits up to {@link #DRAIN_ON_CLOSE} for the outbox to drain, then stops; what is left stays on disk and is sent
     * on the next start.
     */
    @Override
    public void close() {
        if (outbox != null) {
            long deadline = System.nanoTime() + DRAIN_ON_CLOSE.toNanos();
            while (outbox.size() > 0 && System.nanoTime() < deadline && senderThread.isAlive()) {
                sleep(20);
            }
            sender.stop();
        }
        producer.close(Duration.ofSeconds(outbox == null ? 10 : 1));
        if (senderThread != null) {
            join(senderThread);
            if (outbox.size() > 0) {
                LOG.warn("closed with {} fingerprint record(s) not yet acknowledged by Kafka; they stay in {} and are "
                        + "sent on the next start", outbox.size(), outbox.directory());
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
