package com.kcspeedshop.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class SignalWindowListenerTest {

    private static final String VIN = "1HGCM82633A004352";

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final LiveMessages messages = new LiveMessages(JsonMapper.builder().build());
    private final LiveSignalHub hub = new LiveSignalHub(messages,
            new LiveProperties("test", Duration.ofSeconds(5), DataSize.ofKilobytes(64), 1, List.of()), pool);
    private final SignalWindowListener listener = new SignalWindowListener(hub);
    private final RecordingSession client = new RecordingSession("c", "ws://host/ws/signals");

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void shouldSkipUndecodableRecordsAndPushTheNextWindow() throws Exception {
        hub.subscribe(client, Subscription.ALL_VEHICLES);
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        SignalWindow window = new SignalWindow(VIN, "VEHICLE_SPEED", "km/h", t, t.plusSeconds(1), 40, 60, 50, 4);
        byte[] obdReading = Events.OBD_READING.encode(
                new ObdReading(VIN, "VEHICLE_SPEED", 50, "km/h", t, "sim-1", 1L, "7E8"));

        assertThatCode(() -> {
            listener.onRecord(record(0, "{\"vin\":\"json, not binary\"}".getBytes(StandardCharsets.UTF_8)));
            listener.onRecord(record(1, null));
            listener.onRecord(record(2, obdReading));
        }).doesNotThrowAnyException();
        listener.onRecord(record(3, Events.SIGNAL_WINDOW.encode(window)));

        assertThat(client.nextSent(5, TimeUnit.SECONDS)).isEqualTo(messages.signalWindow(window));
        assertThat(client.nextSent(200, TimeUnit.MILLISECONDS)).isNull();
    }

    private static ConsumerRecord<String, byte[]> record(long offset, byte[] value) {
        return new ConsumerRecord<>(Topics.SIGNAL_WINDOWS, 0, offset, VIN, value);
    }
}
