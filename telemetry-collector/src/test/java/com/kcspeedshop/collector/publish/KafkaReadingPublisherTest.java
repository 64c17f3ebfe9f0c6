package com.kcspeedshop.collector.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.ObdReading;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failure path, which needs no broker: the real one is exercised by the simulator's integration test. */
class KafkaReadingPublisherTest {

    private static final ObdReading READING = new ObdReading("1HGCM82633A004352", "ENGINE_RPM", 800, "rpm",
            Instant.parse("2026-11-25T10:00:00Z"), "sim-test", 1, "7E8");

    @Test
    void shouldCountAndReportFailedSendsWhenNoBrokerAnswers() throws IOException {
        KafkaPublisherConfig config = KafkaPublisherConfig.of("127.0.0.1:" + closedPort())
                .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(2));
        KafkaReadingPublisher publisher = KafkaReadingPublisher.create(config);
        try {
            publisher.publish(READING);
            publisher.flush();
            PublishStats stats = publisher.stats();
            assertThat(stats.accepted()).isEqualTo(1);
            assertThat(stats.delivered()).isZero();
            assertThat(stats.failed()).isEqualTo(1);
            assertThat(stats.pending()).isZero();
            assertThat(stats.lastError()).contains("TimeoutException");
        } finally {
            publisher.close();
        }
    }

    @Test
    void shouldCountEveryReadingOfAFailedCycleAsFailedAndRefuseAMalformedCycleWhole() throws IOException {
        KafkaPublisherConfig config = KafkaPublisherConfig.of("127.0.0.1:" + closedPort())
                .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(2));
        KafkaReadingPublisher publisher = KafkaReadingPublisher.create(config);
        try {
            ObdReading otherCar = new ObdReading("WVWZZZ1JZXW000001", "ENGINE_RPM", 800, "rpm", READING.capturedAt(),
                    READING.source(), 2, "7E8");
            assertThatThrownBy(() -> publisher.publishCycle(List.of(READING, otherCar)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one vehicle");
            assertThat(publisher.stats().accepted()).as("nothing of a malformed cycle").isZero();

            publisher.publishCycle(List.of(READING, next(READING, 2), next(READING, 3)));
            publisher.flush();
            PublishStats stats = publisher.stats();
            assertThat(stats.accepted()).isEqualTo(3);
            assertThat(stats.failed()).isEqualTo(3);
            assertThat(stats.pending()).isZero();
        } finally {
            publisher.close();
        }
    }

    static ObdReading next(ObdReading reading, long sequence) {
        return new ObdReading(reading.vin(), "SIGNAL_" + sequence, sequence, "x", reading.capturedAt(),
                reading.source(), sequence, reading.ecu());
    }

    @Test
    void shouldRefuseReadingsOnceClosed() throws IOException {
        KafkaReadingPublisher publisher = KafkaReadingPublisher.create("127.0.0.1:" + closedPort(), "some-topic");
        publisher.close();
        publisher.close();
        assertThatThrownBy(() -> publisher.publish(READING)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("some-topic");
    }

    /** A port that was free a moment ago, so a connection attempt is refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
