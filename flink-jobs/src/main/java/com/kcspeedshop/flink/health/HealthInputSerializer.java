package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.EventDecodingException;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * How a {@link HealthInput} crosses the network between the source tasks and the health operator: every reading of
 * every vehicle takes this path once, so it is written for speed.
 *
 * <p>Against Flink's POJO serializer (measured with JFR on {@code HealthBench}, about a tenth of the health task's
 * time): no null flags and reflection per field; VIN and source written once per batch; and the strings that repeat
 * from cycle to cycle (signal names, units, ECU) are read back as the same {@code String} instance as last time when
 * their bytes are equal, so the engine's lookups by signal name hash a string once, not once per reading; VINs and
 * sources too, from caches of their own ({@link #readPerVehicle}). Those caches make an instance
 * stateful: {@link #duplicate()} gives each task thread its own. A batch is read into {@link ReadingColumns}, not
 * back into readings: see there why.
 *
 * <p>Layout: a kind byte; a batch as vin, source, count, then per reading signal, value, unit, capture time (epoch
 * second, nanos), sequence, ecu (nullable); a report as its {@link Events#DTC_REPORT} bytes. Strings are a length
 * and UTF-8. Only in-flight data uses it (no keyed state holds a {@code HealthInput}); a change of layout needs a new
 * snapshot class only for unaligned checkpoints that carry data in flight.
 */
public final class HealthInputSerializer extends TypeSerializer<HealthInput> {

    /** The type information that makes Flink use this serializer. */
    public static final TypeInformation<HealthInput> TYPE = new Type();

    private static final long serialVersionUID = 1L;
    private static final byte READINGS = 1;
    private static final byte REPORT = 2;
    /** Reading positions per batch with their own signal, unit and ECU cache slot; later ones share the last slot. */
    private static final int SLOTS = 16;
    /** Cache slots for VINs and for sources, a power of two: a few thousand vehicles per task rarely clash. */
    private static final int VEHICLE_SLOTS = 4096;
    /** Far above any real report or string; refuses garbage lengths before allocating. */
    private static final int MAX_BYTES = 1 << 20;

    private transient byte[] scratch;
    private transient Canonical[] signals;
    private transient Canonical[] units;
    private transient Canonical[] ecus;
    private transient Canonical[] vins;
    private transient Canonical[] sources;

    @Override
    public boolean isImmutableType() {
        return true; // records all the way down
    }

    @Override
    public TypeSerializer<HealthInput> duplicate() {
        return new HealthInputSerializer(); // the string caches are per instance
    }

    @Override
    public HealthInput createInstance() {
        return null;
    }

    @Override
    public HealthInput copy(HealthInput from) {
        return from;
    }

    @Override
    public HealthInput copy(HealthInput from, HealthInput reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(HealthInput record, DataOutputView target) throws IOException {
        if (record.readings() == null) {
            target.writeByte(REPORT);
            byte[] bytes = Events.DTC_REPORT.encode(record.report());
            target.writeInt(bytes.length);
            target.write(bytes);
            return;
        }
        ObdReadingBatch batch = record.heldBatch();
        if (batch == null) {
            serialize(record.columns(), target);
            return;
        }
        target.writeByte(READINGS);
        writeString(batch.vin(), target);
        writeString(batch.source(), target);
        List<ObdReading> readings = batch.readings();
        target.writeInt(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            ObdReading r = readings.get(i);
            writeReading(r.signal(), r.value(), r.unit(), r.capturedAt().getEpochSecond(), r.capturedAt().getNano(),
                    r.sequence(), r.ecu(), target);
        }
    }

    /** The same bytes as for the batch the columns hold. */
    private static void serialize(ReadingColumns columns, DataOutputView target) throws IOException {
        target.writeByte(READINGS);
        writeString(columns.vin(), target);
        writeString(columns.source(), target);
        target.writeInt(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Instant at = columns.capturedAt(i);
            writeReading(columns.signal(i), columns.value(i), columns.unit(i), at.getEpochSecond(), at.getNano(),
                    columns.sequence(i), columns.ecu(i), target);
        }
    }

    private static void writeReading(String signal, double value, String unit, long second, int nano, long sequence,
                                     String ecu, DataOutputView target) throws IOException {
        writeString(signal, target);
        target.writeDouble(value);
        writeString(unit, target);
        target.writeLong(second);
        target.writeInt(nano);
        target.writeLong(sequence);
        target.writeBoolean(ecu != null);
        if (ecu != null) {
            writeString(ecu, target);
        }
    }

    @Override
    public HealthInput deserialize(DataInputView source) throws IOException {
        byte kind = source.readByte();
        if (kind == REPORT) {
            byte[] bytes = new byte[length(source.readInt(), MAX_BYTES)];
            source.readFully(bytes);
            try {
                return HealthInput.of(Events.DTC_REPORT.decode(bytes));
            } catch (EventDecodingException e) {
                throw new IOException("corrupt trouble-code report in flight: " + e.getMessage(), e);
            }
        }
        if (kind != READINGS) {
            throw new IOException("corrupt health input in flight: kind " + kind);
        }
        if (scratch == null) {
            scratch = new byte[256];
            signals = new Canonical[SLOTS];
            units = new Canonical[SLOTS];
            ecus = new Canonical[SLOTS];
            for (int i = 0; i < SLOTS; i++) {
                signals[i] = new Canonical();
                units[i] = new Canonical();
                ecus[i] = new Canonical();
            }
            vins = new Canonical[VEHICLE_SLOTS];
            sources = new Canonical[VEHICLE_SLOTS];
            for (int i = 0; i < VEHICLE_SLOTS; i++) {
                vins[i] = new Canonical();
                sources[i] = new Canonical();
            }
        }
        String vin = readPerVehicle(source, vins);
        String from = readPerVehicle(source, sources);
        int count = length(source.readInt(), ObdReadingBatch.MAX_READINGS);
        if (count == 0) {
            throw new IOException("corrupt health input in flight: a batch of no readings");
        }
        ReadingColumns.Builder columns = new ReadingColumns.Builder(count);
        for (int i = 0; i < count; i++) {
            int slot = Math.min(i, SLOTS - 1);
            String signal = readString(source, signals[slot]);
            double value = source.readDouble();
            String unit = readString(source, units[slot]);
            long second = source.readLong();
            int nano = source.readInt();
            long sequence = source.readLong();
            String ecu = source.readBoolean() ? readString(source, ecus[slot]) : null;
            columns.set(i, signal, value, unit, second, nano, sequence, ecu);
        }
        // no ObdReading is built and nothing is checked again: these bytes were written from a batch that passed its
        // checks when the source decoded it (ReadingColumns says why this matters)
        return HealthInput.of(columns.build(vin, from));
    }

    @Override
    public HealthInput deserialize(HealthInput reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    private static void writeString(String value, DataOutputView target) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    /**
     * Reads a string that differs from vehicle to vehicle (a VIN, a source: one collector per car), as the same {@code
     * String} instance as the last one with these bytes in its slot of {@code table}. Both are hashed per record: the
     * VIN by Flink's keyed state (key group, state map), the source by the duplicate check's map; a string computes its
     * hash once per instance, and a fresh instance per record made that hashing a tenth of the health task's time in a
     * profile. One slot per position, as for signal names, would miss on every record of an interleaved fleet.
     */
    private String readPerVehicle(DataInputView in, Canonical[] table) throws IOException {
        int length = readIntoScratch(in);
        // the end varies the most between vehicles of one fleet: a VIN's serial number, a collector's number
        int hash = length;
        for (int i = Math.max(0, length - 6); i < length; i++) {
            hash = 31 * hash + scratch[i];
        }
        Canonical slot = table[(hash ^ (hash >>> 12)) & (VEHICLE_SLOTS - 1)];
        return canonical(slot, length);
    }

    /** Reads a string; returns the slot's instance when the bytes are the same as last time. */
    private String readString(DataInputView in, Canonical slot) throws IOException {
        return canonical(slot, readIntoScratch(in));
    }

    /** Reads a string's length and bytes into the scratch buffer; returns the length. */
    private int readIntoScratch(DataInputView in) throws IOException {
        int length = length(in.readInt(), MAX_BYTES);
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, 2 * scratch.length)];
        }
        in.readFully(scratch, 0, length);
        return length;
    }

    /** The slot's string if its bytes are the first {@code length} of the scratch buffer's; else a new one, kept. */
    private String canonical(Canonical slot, int length) {
        if (slot.value != null && Arrays.equals(scratch, 0, length, slot.bytes, 0, slot.bytes.length)) {
            return slot.value;
        }
        slot.bytes = Arrays.copyOf(scratch, length);
        slot.value = new String(slot.bytes, StandardCharsets.UTF_8);
        return slot.value;
    }

    private static int length(int length, int max) throws IOException {
        if (length < 0 || length > max) {
            throw new IOException("corrupt health input in flight: length " + length);
        }
        return length;
    }

    /** The last string read at one position, and its bytes. */
    private static final class Canonical {
        byte[] bytes;
        String value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof HealthInputSerializer;
    }

    @Override
    public int hashCode() {
        return HealthInputSerializer.class.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<HealthInput> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Written into checkpoints that carry data in flight; public with a no-argument constructor for Flink. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<HealthInput> {
        public Snapshot() {
            super(HealthInputSerializer::new);
        }
    }

    /** {@link HealthInput} with {@link HealthInputSerializer}. */
    private static final class Type extends TypeInformation<HealthInput> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isBasicType() {
            return false;
        }

        @Override
        public boolean isTupleType() {
            return false;
        }

        @Override
        public int getArity() {
            return 1;
        }

        @Override
        public int getTotalFields() {
            return 1;
        }

        @Override
        public Class<HealthInput> getTypeClass() {
            return HealthInput.class;
        }

        @Override
        public boolean isKeyType() {
            return false;
        }

        @Override
        public TypeSerializer<HealthInput> createSerializer(SerializerConfig config) {
            return new HealthInputSerializer();
        }

        @Override
        public String toString() {
            return "HealthInput(fast)";
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Type;
        }

        @Override
        public int hashCode() {
            return Type.class.hashCode();
        }

        @Override
        public boolean canEqual(Object obj) {
            return obj instanceof Type;
        }
    }
}
