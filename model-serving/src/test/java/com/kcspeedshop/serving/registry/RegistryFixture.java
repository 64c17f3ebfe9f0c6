package com.kcspeedshop.serving.registry;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.infra.SharedInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.ds.PGSimpleDataSource;

/** A fresh registry database on the shared embedded PostgreSQL, and a reader of what the registry published. */
public final class RegistryFixture {

    private RegistryFixture() {
    }

    public static PGSimpleDataSource database(String name) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(SharedInfrastructure.postgres().createDatabase(name));
        ds.setUser("postgres");
        RegistrySchema.migrate(ds);
        return ds;
    }

    /** Every ModelUpdate on {@code topic} from the start, waiting until {@code expected} arrived (or 20 s). */
    public static List<ConsumerRecord<String, ModelUpdate>> read(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "registry-test-" + System.nanoTime());
        List<ConsumerRecord<String, ModelUpdate>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(),
                            Events.MODEL_UPDATE.decode(r.value())));
                }
            }
        }
        return out;
    }
}
