package com.kcspeedshop.serving.api;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ModelUpdate;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads {@code models.updates.v1} from the beginning, without a consumer group (every replica must see every update),
 * and hands each update to the {@link ScorerCatalog}. An undecodable record is logged and skipped: a bad control
 * message must not stop the service from serving.
 */
public class ModelUpdateListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ModelUpdateListener.class);

    private final ServingProperties.Kafka config;
    private final ScorerCatalog catalog;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public ModelUpdateListener(ServingProperties.Kafka config, ScorerCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    @Override
    public void start() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, "model-updates");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            List<TopicPartition> partitions = waitForPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    ModelUpdate update;
                    try {
                        update = Events.MODEL_UPDATE.decode(r.value());
                    } catch (RuntimeException e) {
                        LOG.error("skipping undecodable record at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(),
                                e.getMessage());
                        continue;
                    }
                    catalog.apply(update);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the consumer
        } catch (RuntimeException e) {
            LOG.error("model update listener stopped: {}", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** The topic may not exist yet (no promotion so far): look again until it does. */
    private List<TopicPartition> waitForPartitions() {
        while (running) {
            var infos = consumer.partitionsFor(config.topic(), Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
        }
        throw new WakeupException();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
