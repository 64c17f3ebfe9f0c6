package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.DtcKind;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class HealthInputSerializerTest {

    private static final String VIN = "1HGCM82633A004352";
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456789Z");

    private static ObdReadingBatch cycle(long firstSequence, Instant at) {
        List<ObdReading> readings = new ArrayList<>();
        readings.add(new ObdReading(VIN, "ENGINE_RPM", 812.5, "rpm", at, "elm-1", firstSequence, "7E8"));
        readings.add(new ObdReading(VIN, "COOLANT_TEMP", 91, "degC", at, "elm-1", firstSequence + 1, null));
        readings.add(new ObdReading(VIN, "Ünïcode signal", -0.0, "", at.plusNanos(1), "elm-1", firstSequence + 7,
                "7E9"));
        return new ObdReadingBatch(readings);
    }

    private static byte[] write(TypeSerializer<HealthInput> serializer, HealthInput... inputs) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        for (HealthInput input : inputs) {
            serializer.serialize(input, out);
        }
        return out.getCopyOfBuffer();
    }

    @Test
    void shouldRoundTripBatchesAndReports() throws IOException {
        TypeSerializer<HealthInput> serializer = HealthInputSerializer.TYPE.createSerializer(new SerializerConfigImpl());
        HealthInput batch = HealthInput.of(cycle(1, T0));
        HealthInput report = HealthInput.of(new DtcReport(VIN, "elm-1", 3, T0, "7E8", DtcKind.PENDING,
                List.of("P0301", "P0420")));
        HealthInput single = HealthInput.of(new ObdReading(VIN, "SPEED", 3, "km/h", T0, "replay", 9));
        DataInputDeserializer in = new DataInputDeserializer(write(serializer, batch, report, single));

        TypeSerializer<HealthInput> reader = serializer.duplicate();
        assertThat(reader.deserialize(in)).isEqualTo(batch);
        assertThat(reader.deserialize(in)).isEqualTo(report);
        assertThat(reader.deserialize(in)).isEqualTo(single);
        assertThat(in.available()).isZero();
    }

    @Test
    void shouldReadARepeatedSignalNameAsTheSameStringInstance() throws IOException {
        TypeSerializer<HealthInput> serializer = new HealthInputSerializer();
        DataInputDeserializer in = new DataInputDeserializer(write(serializer, HealthInput.of(cycle(1, T0)),
                HealthInput.of(cycle(10, T0.plusSeconds(1)))));
        List<ObdReading> first = serializer.deserialize(in).readings().readings();
        List<ObdReading> second = serializer.deserialize(in).readings().readings();

        assertThat(second.get(0).signal()).isEqualTo("ENGINE_RPM").isSameAs(first.get(0).signal());
        assertThat(second.get(1).unit()).isSameAs(first.get(1).unit());
        assertThat(second.get(0).source()).isSameAs(first.get(0).source());
        assertThat(second.get(2).ecu()).isSameAs(first.get(2).ecu());
        // the VIN is the key: Flink's keyed state hashes it per record, and a string caches its hash
        assertThat(second.get(0).vin()).isEqualTo(VIN).isSameAs(first.get(0).vin());
        // a duplicate has its own cache: a serializer per task thread
        assertThat(serializer.duplicate()).isNotSameAs(serializer).isEqualTo(serializer);
    }

    @Test
    void shouldReadBatchesIntoColumnsThatWriteTheSameBytesAgain() throws IOException {
        HealthInputSerializer serializer = new HealthInputSerializer();
        HealthInput batch = HealthInput.of(cycle(1, T0));
        byte[] bytes = write(serializer, batch);

        HealthInput read = serializer.deserialize(new DataInputDeserializer(bytes));

        assertThat(read.heldBatch()).as("no readings are built after the shuffle").isNull();
        ReadingColumns columns = read.columns();
        assertThat(columns.size()).isEqualTo(3);
        assertThat(columns.capturedAtMillis(2)).isEqualTo(T0.plusNanos(1).toEpochMilli());
        assertThat(columns.value(2)).isEqualTo(-0.0);
        assertThat(read.eventTimeMillis()).isEqualTo(batch.eventTimeMillis());
        assertThat(read).isEqualTo(batch).hasSameHashCodeAs(batch);
        // a late input leaves through a second serialization (a side output); it must carry the same bytes
        assertThat(write(serializer, read)).isEqualTo(bytes);
    }

    @Test
    void shouldTellApartVinsThatShareACacheSlot() throws IOException {
        // same length and same last six characters: the same slot of the VIN cache
        String other = "2T1BR32E94C004352";
        ObdReadingBatch otherCycle = new ObdReadingBatch(List.of(
                new ObdReading(other, "ENGINE_RPM", 700, "rpm", T0, "elm-2", 1, null)));
        HealthInputSerializer serializer = new HealthInputSerializer();
        DataInputDeserializer in = new DataInputDeserializer(write(serializer, HealthInput.of(cycle(1, T0)),
                HealthInput.of(otherCycle), HealthInput.of(cycle(10, T0.plusSeconds(1)))));

        HealthInput first = serializer.deserialize(in);
        HealthInput second = serializer.deserialize(in);
        HealthInput third = serializer.deserialize(in);

        assertThat(first.vin()).isEqualTo(VIN);
        assertThat(second.vin()).isEqualTo(other);
        assertThat(second.columns().source()).isEqualTo("elm-2");
        // the other VIN took the slot, so this one is read afresh, and right
        assertThat(third.vin()).isEqualTo(VIN).isNotSameAs(first.vin());
        // the sources do not share a slot: each stays cached while the other vehicle's records pass
        assertThat(third.columns().source()).isEqualTo("elm-1").isSameAs(first.columns().source());
    }

    @Test
    void shouldRefuseCorruptBytesWithAnIoException() throws IOException {
        HealthInputSerializer serializer = new HealthInputSerializer();
        byte[] good = write(serializer, HealthInput.of(cycle(1, T0)));
        byte[] badKind = good.clone();
        badKind[0] = 7;
        assertThatThrownBy(() -> serializer.deserialize(new DataInputDeserializer(badKind)))
                .isInstanceOf(IOException.class).hasMessageContaining("kind 7");
        byte[] badLength = good.clone();
        badLength[1] = (byte) 0xFF; // the VIN's length, now negative
        assertThatThrownBy(() -> serializer.deserialize(new DataInputDeserializer(badLength)))
                .isInstanceOf(IOException.class).hasMessageContaining("length");
    }

    @Test
    void shouldRestoreFromItsSnapshot() {
        TypeSerializerSnapshot<HealthInput> snapshot = new HealthInputSerializer().snapshotConfiguration();
        assertThat(snapshot).isInstanceOf(HealthInputSerializer.Snapshot.class);
        assertThat(snapshot.restoreSerializer()).isInstanceOf(HealthInputSerializer.class);
        assertThat(snapshot.resolveSchemaCompatibility(new HealthInputSerializer().snapshotConfiguration())
                .isCompatibleAsIs()).isTrue();
    }
}
