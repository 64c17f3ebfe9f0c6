package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.infra.Ports;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.nio.file.Path;

/** A real broker on a fixed folder and fixed ports, so it can be stopped for an outage and started again as itself. */
final class RestartableBroker implements AutoCloseable {

    private final Path dataDir;
    private final int port = Ports.freePort();
    private final int controllerPort = Ports.freePort();
    private EmbeddedKafka kafka;

    RestartableBroker(Path dataDir) {
        this.dataDir = dataDir;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    synchronized void start() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(dataDir, port, controllerPort);
        }
    }

    synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    synchronized void createTopic(String topic, int partitions) {
        kafka.createTopics(partitions, topic);
    }

    @Override
    public void close() {
        stop();
    }
}
