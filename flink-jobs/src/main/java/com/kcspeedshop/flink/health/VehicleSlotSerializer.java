package com.kcspeedshop.flink.health;

import com.kcspeedshop.health.StateCodecException;
import com.kcspeedshop.health.VehicleHealthState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Serializer of {@link VehicleSlot}: a format byte, the engine state through {@link VehicleHealthStateSerializer}
 * (its own versioned codec), then the two source maps as a count and (source, sequence) pairs. Stateless.
 */
public final class VehicleSlotSerializer extends TypeSerializer<VehicleSlot> {

    public static final VehicleSlotSerializer INSTANCE = new VehicleSlotSerializer();

    private static final long serialVersionUID = 1L;
    private static final int FORMAT = 1;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<VehicleSlot> duplicate() {
        return this;
    }

    @Override
    public VehicleSlot createInstance() {
        return new VehicleSlot();
    }

    /** A deep copy: the heap backend copies on write while a snapshot is in flight. */
    @Override
    public VehicleSlot copy(VehicleSlot from) {
        return new VehicleSlot(VehicleHealthStateSerializer.INSTANCE.copy(from.health),
                from.readingSources(), new HashMap<>(from.reportSources));
    }

    @Override
    public VehicleSlot copy(VehicleSlot from, VehicleSlot reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(VehicleSlot slot, DataOutputView target) throws IOException {
        target.writeByte(FORMAT);
        VehicleHealthStateSerializer.INSTANCE.serialize(slot.health, target);
        writeSources(slot.readingSources(), target);
        writeSources(slot.reportSources, target);
    }

    @Override
    public VehicleSlot deserialize(DataInputView source) throws IOException {
        int format = source.readUnsignedByte();
        if (format != FORMAT) {
            throw new StateCodecException("vehicle slot format " + format + " is not readable by this version");
        }
        VehicleHealthState health = VehicleHealthStateSerializer.INSTANCE.deserialize(source);
        return new VehicleSlot(health, readSources(source), readSources(source));
    }

    @Override
    public VehicleSlot deserialize(VehicleSlot reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    private static void writeSources(Map<String, Long> sources, DataOutputView target) throws IOException {
        target.writeInt(sources.size());
        for (Map.Entry<String, Long> e : sources.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            target.writeInt(name.length);
            target.write(name);
            target.writeLong(e.getValue());
        }
    }

    private static Map<String, Long> readSources(DataInputView source) throws IOException {
        int n = source.readInt();
        if (n < 0 || n > 1024) {
            throw new StateCodecException("corrupt vehicle slot: " + n + " sources");
        }
        Map<String, Long> sources = new HashMap<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            int length = source.readInt();
            if (length < 0 || length > (1 << 20)) {
                throw new StateCodecException("corrupt vehicle slot: a source name of " + length + " bytes");
            }
            byte[] name = new byte[length];
            source.readFully(name);
            sources.put(new String(name, StandardCharsets.UTF_8), source.readLong());
        }
        return sources;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof VehicleSlotSerializer;
    }

    @Override
    public int hashCode() {
        return VehicleSlotSerializer.class.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<VehicleSlot> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Written into checkpoints and savepoints; public with a no-argument constructor so Flink can restore it. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<VehicleSlot> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
