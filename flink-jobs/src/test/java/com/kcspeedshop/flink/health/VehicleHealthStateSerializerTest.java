package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.VehicleHealthState;
import com.kcspeedshop.health.reference.HealthReference;
import java.io.IOException;
import java.util.ArrayList;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The keyed-state serializer: exact round trips, deep copies, a restorable snapshot and clear errors on garbage. */
class VehicleHealthStateSerializerTest {

    private final VehicleHealthStateSerializer serializer = VehicleHealthStateSerializer.INSTANCE;

    @Test
    void shouldRoundTripAStateThatHasSeenATripByteForByte() throws IOException {
        VehicleHealthState state = stateAfterTrip();
        DataOutputSerializer out = new DataOutputSerializer(1024);
        serializer.serialize(state, out);

        VehicleHealthState back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(back.encode()).isEqualTo(state.encode());
        assertThat(back.readings()).isEqualTo(state.readings()).isPositive();
    }

    @Test
    void shouldCopyDeeplySoMutatingTheCopyLeavesTheOriginal() {
        VehicleHealthState state = stateAfterTrip();
        byte[] before = state.encode();
        VehicleHealthState copy = serializer.copy(state);

        VehicleHealthEngine.defaults().onReading(copy, HealthTrips.of(1, 1).readings.get(0),
                HealthReference.sink(new ArrayList<>()));

        assertThat(state.encode()).isEqualTo(before);
        assertThat(copy.readings()).isEqualTo(state.readings() + 1);
    }

    @Test
    void shouldCopySerializedBytesWithoutDecodingThem() throws IOException {
        DataOutputSerializer first = new DataOutputSerializer(1024);
        serializer.serialize(stateAfterTrip(), first);
        DataOutputSerializer second = new DataOutputSerializer(1024);
        serializer.copy(new DataInputDeserializer(first.getCopyOfBuffer()), second);
        assertThat(second.getCopyOfBuffer()).isEqualTo(first.getCopyOfBuffer());
    }

    @Test
    void shouldRestoreItsSnapshotAsCompatibleAsIs() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());

        TypeSerializerSnapshot<VehicleHealthState> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());

        assertThat(restored.restoreSerializer()).isEqualTo(serializer);
        TypeSerializerSchemaCompatibility<VehicleHealthState> compatibility =
                serializer.snapshotConfiguration().resolveSchemaCompatibility(restored);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
    }

    @Test
    void shouldRefuseAnImpossibleLengthWithAClearError() {
        DataOutputSerializer out = new DataOutputSerializer(8);
        try {
            out.writeInt(-5);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                .isInstanceOf(IOException.class).hasMessageContaining("length -5");
    }

    private static VehicleHealthState stateAfterTrip() {
        VehicleHealthState state = new VehicleHealthState();
        VehicleHealthEngine engine = VehicleHealthEngine.defaults();
        HealthTrips.of(1, 120).readings.stream().limit(600)
                .forEach(r -> engine.onReading(state, r, HealthReference.sink(new ArrayList<>())));
        return state;
    }
}
