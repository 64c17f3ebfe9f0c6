package com.kcspeedshop.collector.publish;

import com.kcspeedshop.events.Topics;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Settings of {@link KafkaReadingPublisher}, validated on construction. Delivery guarantees (idempotence, acks=all)
 * are not settable: the (source, sequence) contract relies on them.
 *
 * @param bootstrapServers required, {@code host:port[,host:port...]}; there is deliberately no default broker
 * @param topic            destination topic; default {@link Topics#OBD_READINGS}
 * @param clientId         names this producer in broker logs and metrics; default {@code kcs-collector}
 * @param linger           how long to wait to fill a batch; default 20 ms, below a dashboard's refresh but enough to
 *                         batch one simulator tick of a whole fleet. 0..10 s
 * @param batchSizeBytes   per-partition batch limit; default 64 KiB. 1 KiB..16 MiB
 * @param compression      batch compression; default LZ4 (readings repeat VINs and signal names, so they compress well)
 * @param maxBlock         how long {@code publish} may block when the broker is unreachable or the buffer is full,
 *                         before the reading fails; default 10 s
 * @param deliveryTimeout  how long a reading may retry before it counts as failed; default 2 min. At least 1 s more
 *                         than {@code linger}
 */
public record KafkaPublisherConfig(String bootstrapServers, String topic, String clientId, Duration linger,
                                   int batchSizeBytes, Compression compression, Duration maxBlock,
                                   Duration deliveryTimeout) {

    /** Batch compression codecs the Kafka client supports. */
    public enum Compression { NONE, GZIP, SNAPPY, LZ4, ZSTD }

    private static final Pattern SERVER = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+):(\\d{1,5})");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final Duration MAX_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public KafkaPublisherConfig {
        bootstrapServers = validBootstrapServers(bootstrapServers);
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topic must be 1-249 characters of letters, digits, '.', '_' or '-', "
                    + "got: " + topic);
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        requireWithin(linger, Duration.ZERO, Duration.ofSeconds(10), "linger");
        if (batchSizeBytes < 1024 || batchSizeBytes > 16 << 20) {
            throw new IllegalArgumentException("batchSizeBytes must be within 1 KiB..16 MiB, got " + batchSizeBytes);
        }
        Objects.requireNonNull(compression, "compression must not be null");
        requireWithin(maxBlock, Duration.ofMillis(1), Duration.ofMinutes(10), "maxBlock");
        requireWithin(deliveryTimeout, linger.plusSeconds(1), Duration.ofDays(1), "deliveryTimeout");
    }

    /** Defaults for everything but the broker address. */
    public static KafkaPublisherConfig of(String bootstrapServers) {
        return new KafkaPublisherConfig(bootstrapServers, Topics.OBD_READINGS, "kcs-collector", Duration.ofMillis(20),
                64 * 1024, Compression.LZ4, Duration.ofSeconds(10), Duration.ofMinutes(2));
    }

    public KafkaPublisherConfig withTopic(String newTopic) {
        return new KafkaPublisherConfig(bootstrapServers, newTopic, clientId, linger, batchSizeBytes, compression,
                maxBlock, deliveryTimeout);
    }

    public KafkaPublisherConfig withClientId(String newClientId) {
        return new KafkaPublisherConfig(bootstrapServers, topic, newClientId, linger, batchSizeBytes, compression,
                maxBlock, deliveryTimeout);
    }

    public KafkaPublisherConfig withLinger(Duration newLinger) {
        return new KafkaPublisherConfig(bootstrapServers, topic, clientId, newLinger, batchSizeBytes, compression,
                maxBlock, deliveryTimeout);
    }

    public KafkaPublisherConfig withCompression(Compression newCompression) {
        return new KafkaPublisherConfig(bootstrapServers, topic, clientId, linger, batchSizeBytes, newCompression,
                maxBlock, deliveryTimeout);
    }

    /** Both timeouts at once, since {@code deliveryTimeout} is what bounds a send whose broker went away. */
    public KafkaPublisherConfig withTimeouts(Duration newMaxBlock, Duration newDeliveryTimeout) {
        return new KafkaPublisherConfig(bootstrapServers, topic, clientId, linger, batchSizeBytes, compression,
                newMaxBlock, newDeliveryTimeout);
    }

    /** The producer properties these settings stand for, with the fixed delivery guarantees. */
    public Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // idempotence: a retried batch is written once, and order within a partition survives retries
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5"); // the most idempotence allows
        props.put(ProducerConfig.LINGER_MS_CONFIG, Long.toString(linger.toMillis()));
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(batchSizeBytes));
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression.name().toLowerCase(Locale.ROOT));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(maxBlock.toMillis()));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(deliveryTimeout.toMillis()));
        // Kafka requires delivery.timeout >= linger + request.timeout; shrink the request timeout to fit short ones
        Duration requestTimeout = deliveryTimeout.minus(linger);
        if (requestTimeout.compareTo(MAX_REQUEST_TIMEOUT) > 0) {
            requestTimeout = MAX_REQUEST_TIMEOUT;
        }
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(requestTimeout.toMillis()));
        return props;
    }

    private static String validBootstrapServers(String servers) {
        if (servers == null || servers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers are required, e.g. broker1:9092,broker2:9092");
        }
        String trimmed = servers.replace(" ", "");
        for (String server : trimmed.split(",", -1)) {
            var match = SERVER.matcher(server);
            int port = match.matches() ? Integer.parseInt(match.group(2)) : -1;
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("bootstrap server '" + server + "' is not host:port with a port "
                        + "in 1..65535 (list them as host1:9092,host2:9092)");
            }
        }
        return trimmed;
    }

    private static void requireWithin(Duration value, Duration min, Duration max, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", got " + value);
        }
    }
}
