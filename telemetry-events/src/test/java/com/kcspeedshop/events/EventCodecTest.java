package com.kcspeedshop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void everyEventTypeHasASample() {
        assertThat(SampleEvents.oneOfEach().keySet()).containsExactlyInAnyOrderElementsOf(Events.all());
    }

    @Test
    void everyRecordRoundTripsThroughBinary() {
        for (Map.Entry<EventCodec<?>, Object> entry : SampleEvents.oneOfEach().entrySet()) {
            assertThat(binaryRoundTrip(entry.getKey(), entry.getValue())).isEqualTo(entry.getValue());
        }
    }

    @Test
    void everyRecordRoundTripsThroughJson() {
        for (Map.Entry<EventCodec<?>, Object> entry : SampleEvents.oneOfEach().entrySet()) {
            assertThat(jsonRoundTrip(entry.getKey(), entry.getValue())).isEqualTo(entry.getValue());
        }
    }

    @Test
    void binaryStartsWithMagicTagAndCurrentVersion() {
        ObdReading reading = (ObdReading) SampleEvents.oneOfEach().get(Events.OBD_READING);
        byte[] bytes = Events.OBD_READING.encode(reading);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xC5);
        assertThat(bytes[1]).isEqualTo((byte) 1);
        assertThat(bytes[2]).isEqualTo((byte) Events.OBD_READING.currentVersion());
    }

    @Test
    void binaryIsCompactComparedWithJson() {
        ObdReading reading = (ObdReading) SampleEvents.oneOfEach().get(Events.OBD_READING);
        assertThat(Events.OBD_READING.encode(reading).length)
                .isLessThan(Events.OBD_READING.toJson(reading).getBytes().length / 2);
    }

    @Test
    void currentReaderReadsAVersion1ReadingWrittenBeforeTheEcuFieldExisted() {
        // An ObdReading as schema v1 laid it out: header, then vin, signal, value, unit, capturedAt, source, sequence.
        String v1 = "c5" + "01" + "01"
                + "11" + hex("1HGCM82633A004352")
                + "0a" + hex("ENGINE_RPM")
                + "00000000000a9b40"          // 1730.5, little-endian IEEE 754
                + "03" + hex("rpm")
                + "84d5b5b00d" + "00"          // 2026-11-25T10:15:30Z as zig-zag epoch seconds, 0 ns
                + "05" + hex("sim-1")
                + "2a";                        // sequence 42
        ObdReading reading = Events.OBD_READING.decode(HexFormat.of().parseHex(v1));
        assertThat(reading).isEqualTo(new ObdReading("1HGCM82633A004352", "ENGINE_RPM", 1730.5, "rpm",
                Instant.parse("2026-11-25T10:15:30Z"), "sim-1", 42L, null));
    }

    @Test
    void rejectsGarbageWithAReason() {
        assertThatThrownBy(() -> Events.OBD_READING.decode("{\"vin\":1}".getBytes()))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("not a KC Speedshop event");
        assertThatThrownBy(() -> Events.OBD_READING.decode(new byte[0]))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("empty record");
    }

    @Test
    void rejectsARecordOfAnotherType() {
        byte[] window = Events.SIGNAL_WINDOW.encode(
                (SignalWindow) SampleEvents.oneOfEach().get(Events.SIGNAL_WINDOW));
        assertThatThrownBy(() -> Events.OBD_READING.decode(window))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("got tag 3 (SignalWindow)");
    }

    @Test
    void rejectsAVersionNewerThanTheReader() {
        byte[] bytes = Events.OBD_READING.encode((ObdReading) SampleEvents.oneOfEach().get(Events.OBD_READING));
        bytes[2] = 9;
        assertThatThrownBy(() -> Events.OBD_READING.decode(bytes))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("schema version 9");
    }

    @Test
    void rejectsTruncatedAndPaddedRecords() {
        byte[] bytes = Events.OBD_READING.encode((ObdReading) SampleEvents.oneOfEach().get(Events.OBD_READING));
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        assertThatThrownBy(() -> Events.OBD_READING.decode(truncated))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> Events.OBD_READING.decode(padded))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("trailing bytes");
    }

    @Test
    void rejectsBytesThatParseButBreakTheRecordsInvariants() {
        ObdReading reading = (ObdReading) SampleEvents.oneOfEach().get(Events.OBD_READING);
        byte[] bytes = Events.OBD_READING.encode(reading);
        bytes[4] = 'O'; // first VIN character: O is not in the ISO 3779 alphabet
        assertThatThrownBy(() -> Events.OBD_READING.decode(bytes))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("invalid ObdReading: VIN");
    }

    @Test
    void rejectsJsonWithUnknownFields() {
        Alert alert = (Alert) SampleEvents.oneOfEach().get(Events.ALERT);
        String json = Events.ALERT.toJson(alert).replaceFirst("\\{", "{\"colour\":\"red\",");
        assertThatThrownBy(() -> Events.ALERT.fromJson(json))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("colour");
    }

    @Test
    void rejectsJsonThatBreaksTheRecordsInvariants() {
        Alert alert = (Alert) SampleEvents.oneOfEach().get(Events.ALERT);
        String json = Events.ALERT.toJson(alert).replace(SampleEvents.VIN, "NOT-A-VIN");
        assertThatThrownBy(() -> Events.ALERT.fromJson(json))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("VIN must be 17 characters");
    }

    @SuppressWarnings("unchecked")
    private static <T> T binaryRoundTrip(EventCodec<T> codec, Object value) {
        return codec.decode(codec.encode((T) value));
    }

    @SuppressWarnings("unchecked")
    private static <T> T jsonRoundTrip(EventCodec<T> codec, Object value) {
        return codec.fromJson(codec.toJson((T) value));
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes());
    }
}
