package com.kcspeedshop.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.SignalWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.socket.CloseStatus;
import tools.jackson.databind.json.JsonMapper;

class LiveSignalHubTest {

    private static final String VIN_A = "1HGCM82633A004352";
    private static final String VIN_B = "WVWZZZ1JZXW000001";
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private final LiveMessages messages = new LiveMessages(JsonMapper.builder().build());
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void shouldSendEachWindowOnlyToSessionsThatWantItsVin() throws Exception {
        LiveSignalHub hub = hub(Duration.ofSeconds(5), DataSize.ofKilobytes(64));
        RecordingSession onlyA = new RecordingSession("a", "ws://host/ws/signals?vin=" + VIN_A);
        RecordingSession all = new RecordingSession("all", "ws://host/ws/signals");
        hub.subscribe(onlyA, Subscription.fromUri(onlyA.getUri()));
        hub.subscribe(all, Subscription.fromUri(all.getUri()));

        assertThat(hub.publish(window(VIN_B, 0))).isEqualTo(1);
        assertThat(hub.publish(window(VIN_A, 1))).isEqualTo(2);

        assertThat(onlyA.nextSent(5, TimeUnit.SECONDS)).isEqualTo(messages.signalWindow(window(VIN_A, 1)));
        assertThat(List.of(all.nextSent(5, TimeUnit.SECONDS), all.nextSent(5, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder(messages.signalWindow(window(VIN_B, 0)),
                        messages.signalWindow(window(VIN_A, 1)));
        assertThat(onlyA.nextSent(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void shouldSendNothingAfterUnsubscribe() throws Exception {
        LiveSignalHub hub = hub(Duration.ofSeconds(5), DataSize.ofKilobytes(64));
        RecordingSession session = new RecordingSession("s", "ws://host/ws/signals");
        hub.subscribe(session, Subscription.ALL_VEHICLES);
        hub.unsubscribe(session);

        assertThat(hub.publish(window(VIN_A, 0))).isZero();
        assertThat(hub.subscriberCount()).isZero();
        assertThat(session.nextSent(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void shouldDropClientThatCannotKeepUpWithoutHoldingUpOthers() throws Exception {
        // each message is about 250 bytes: the stalled client's backlog passes 1 KB within a few windows
        LiveSignalHub hub = hub(Duration.ofSeconds(30), DataSize.ofBytes(1024));
        RecordingSession slow = new RecordingSession("slow", "ws://host/ws/signals");
        RecordingSession fast = new RecordingSession("fast", "ws://host/ws/signals");
        hub.subscribe(slow, Subscription.ALL_VEHICLES);
        hub.subscribe(fast, Subscription.ALL_VEHICLES);
        slow.blockSends();
        try {
            int windows = 20;
            for (int i = 0; i < windows; i++) {
                hub.publish(window(VIN_A, i));
                assertThat(fast.nextSent(5, TimeUnit.SECONDS)).as("window %d to the fast client", i).isNotNull();
            }

            assertThat(slow.closeStatus()).isEqualTo(CloseStatus.SESSION_NOT_RELIABLE);
            assertThat(hub.subscriberCount()).isEqualTo(1);
            assertThat(hub.publish(window(VIN_A, windows))).isEqualTo(1);
        } finally {
            slow.unblock();
        }
    }

    private LiveSignalHub hub(Duration sendTimeLimit, DataSize bufferLimit) {
        LiveProperties properties = new LiveProperties("test", sendTimeLimit, bufferLimit, 2, List.of());
        return new LiveSignalHub(messages, properties, pool);
    }

    static SignalWindow window(String vin, int second) {
        Instant start = T.plusSeconds(second);
        return new SignalWindow(vin, "ENGINE_RPM", "rpm", start, start.plusSeconds(1), 700.0, 2400.0, 1500.0, 5);
    }
}
