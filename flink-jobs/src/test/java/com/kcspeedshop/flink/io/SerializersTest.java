package com.kcspeedshop.flink.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.SignalWindow;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class SerializersTest {

    @Test
    void signalWindowsAreKeyedByVinInTheirBinaryWireForm() {
        SignalWindow window = new SignalWindow("1HGCM82633A004352", "ENGINE_RPM", "rpm",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:10Z"), 700, 900, 800, 4);
        EventSerializer<SignalWindow> serializer =
                new EventSerializer<>("vehicle.signal-windows.v1", SignalWindow.class, SignalWindow::vin);

        ProducerRecord<byte[], byte[]> record = serializer.serialize(window, null, 42L);

        assertThat(record.topic()).isEqualTo("vehicle.signal-windows.v1");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("1HGCM82633A004352");
        assertThat(Events.SIGNAL_WINDOW.decode(record.value())).isEqualTo(window);
        assertThat(record.timestamp()).isEqualTo(42L);
    }

    @Test
    void deadLettersAreReadableJson() {
        DeadLetter letter = DeadLetter.of("telemetry.obd-readings.v1", 1, 99, "signal-windows", "bad magic",
                new byte[] {1, 2, 3}, Instant.parse("2026-01-01T00:00:00Z"));

        ProducerRecord<byte[], byte[]> record =
                new DeadLetterSerializer("telemetry.dead-letter.v1").serialize(letter, null, null);

        String json = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(record.topic()).isEqualTo("telemetry.dead-letter.v1");
        assertThat(json).contains("\"reason\":\"bad magic\"").contains("\"offset\":99")
                .contains("\"failedAt\":\"2026-01-01T00:00:00Z\"");
        assertThat(Events.DEAD_LETTER.fromJson(json)).isEqualTo(letter);
    }

    @Test
    void vehicleSpansTakeTheEarliestStartAndLatestEndPerVin() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        var spans = SignalWindowUpserts.vehicleSpans(java.util.List.of(
                new SignalWindow("WVWZZZ1JZXW000001", "A", "x", t0.plusSeconds(10), t0.plusSeconds(20), 1, 1, 1, 1),
                new SignalWindow("WVWZZZ1JZXW000001", "B", "x", t0, t0.plusSeconds(10), 1, 1, 1, 1),
                new SignalWindow("1HGCM82633A004352", "A", "x", t0.plusSeconds(30), t0.plusSeconds(40), 1, 1, 1, 1)));

        assertThat(spans.keySet()).containsExactly("1HGCM82633A004352", "WVWZZZ1JZXW000001");
        assertThat(spans.get("WVWZZZ1JZXW000001")).containsExactly(t0, t0.plusSeconds(20));
    }
}
