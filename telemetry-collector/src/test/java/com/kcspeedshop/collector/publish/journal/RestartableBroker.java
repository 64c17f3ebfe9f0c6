package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.infra.Ports;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** A real broker on a fixed folder and fixed ports, so it can be stopped for an outage and started again as itself. */
public final class RestartableBroker implements AutoCloseable {

    private final Path dataDir;
    private final int port = freeFixedPort();
    private final int controllerPort = freeFixedPortOtherThan(port);
    private EmbeddedKafka kafka;

    public RestartableBroker(Path dataDir) {
        this.dataDir = dataDir;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized void start() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(dataDir, port, controllerPort);
        }
    }

    public synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    public synchronized void createTopic(String topic, int partitions) {
        kafka.createTopics(partitions, topic);
    }

    /**
     * A free port below the kernel's ephemeral range (32768+ on Linux). While the broker is down its port is free, and
     * an ephemeral port could be handed to any client socket meanwhile, this test's producer included: then the
     * restart would fail with "port in use".
     */
    private static int freeFixedPort() {
        return freeFixedPortOtherThan(-1);
    }

    /** As {@link #freeFixedPort()}, never {@code other}: both ports are free until the broker binds them. */
    private static int freeFixedPortOtherThan(int other) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            if (candidate == other) {
                continue;
            }
            try {
                return Ports.requireFree(candidate, "test broker");
            } catch (IllegalStateException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port in 20000..32000");
    }

    @Override
    public void close() {
        stop();
    }
}
