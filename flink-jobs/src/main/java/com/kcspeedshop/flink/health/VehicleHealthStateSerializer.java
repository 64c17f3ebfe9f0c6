package com.kcspeedshop.flink.health;

import com.kcspeedshop.health.VehicleHealthState;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keyed-state serializer of {@link VehicleHealthState}: a length-prefixed {@link VehicleHealthState#encode()}. The
 * engine's own codec is versioned and reads every older version, so the Flink-side format never changes and the
 * snapshot is a {@link SimpleTypeSerializerSnapshot} ("compatible as is"): a savepoint of an older job restores in a newer
 * one, and the newer codec upgrades the bytes on first read. A state written by a newer engine fails loudly
 * ({@code StateCodecException}) instead of being misread.
 */
public final class VehicleHealthStateSerializer extends TypeSerializer<VehicleHealthState> {

    public static final VehicleHealthStateSerializer INSTANCE = new VehicleHealthStateSerializer();

    private static final long serialVersionUID = 1L;
    // far above the largest real state (6.8 KB, vehicle-health README); refuses garbage lengths before allocating
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<VehicleHealthState> duplicate() {
        return this; // stateless
    }

    @Override
    public VehicleHealthState createInstance() {
        return new VehicleHealthState();
    }

    /** A deep copy through the codec: the heap backend copies on write while a snapshot is in flight. */
    @Override
    public VehicleHealthState copy(VehicleHealthState from) {
        return VehicleHealthState.decode(from.encode());
    }

    @Override
    public VehicleHealthState copy(VehicleHealthState from, VehicleHealthState reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(VehicleHealthState record, DataOutputView target) throws IOException {
        byte[] bytes = record.encode();
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public VehicleHealthState deserialize(DataInputView source) throws IOException {
        return VehicleHealthState.decode(readBytes(source));
    }

    @Override
    public VehicleHealthState deserialize(VehicleHealthState reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        byte[] bytes = readBytes(source);
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    private static byte[] readBytes(DataInputView source) throws IOException {
        int length = source.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("corrupt vehicle health state: length " + length);
        }
        byte[] bytes = new byte[length];
        source.readFully(bytes);
        return bytes;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof VehicleHealthStateSerializer;
    }

    @Override
    public int hashCode() {
        return VehicleHealthStateSerializer.class.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<VehicleHealthState> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Written into checkpoints and savepoints; public with a no-argument constructor so Flink can restore it. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<VehicleHealthState> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
