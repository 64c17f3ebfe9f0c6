package com.kcspeedshop.health;

import com.kcspeedshop.events.EventDecodingException;
import com.kcspeedshop.health.alert.AlertBook;
import com.kcspeedshop.health.anomaly.AnomalyState;
import com.kcspeedshop.health.features.FeatureState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one vehicle needs between two readings: features, detector baselines, alert episodes and the scoring
 * interval in progress. Mutable, owned by one thread (in Flink: keyed state of one VIN). Its size is bounded: fixed
 * arrays per feature and rule, and at most {@code maxDtcEpisodes} trouble-code episodes.
 *
 * <p>Binary form ({@link #encode}): magic {@code 'K' 'H'}, a format version byte, then the parts. {@link #decode} reads
 * every version up to {@link #FORMAT_VERSION} and refuses anything else with a {@link StateCodecException}.
 */
public final class VehicleHealthState {

    /** 2 added the pending queue (intervals and reports awaiting the watermark); 1 is read as an empty queue. */
    public static final int FORMAT_VERSION = 2;
    /** At most this many items wait for the watermark; beyond it the oldest settles at once (a stalled watermark). */
    static final int MAX_PENDING = 4096;
    private static final int MAGIC = ('K' << 8) | 'H';
    static final long NO_INTERVAL = Long.MIN_VALUE;

    String vin;
    long intervalStart = NO_INTERVAL;
    long lateReadings;
    long readings;
    final FeatureState features;
    final AnomalyState anomaly;
    final AlertBook alerts;
    /** Sorted by (time, interval before report); empty unless the engine awaits a watermark. */
    final List<Pending> pending = new ArrayList<>();

    public VehicleHealthState() {
        this(null, new FeatureState(), new AnomalyState(), new AlertBook());
    }

    private VehicleHealthState(String vin, FeatureState features, AnomalyState anomaly, AlertBook alerts) {
        this.vin = vin;
        this.features = features;
        this.anomaly = anomaly;
        this.alerts = alerts;
    }

    /** The vehicle this state belongs to; null before its first event. */
    public String vin() {
        return vin;
    }

    /** Readings older than the interval in progress (they still count, in the interval in progress). */
    public long lateReadings() {
        return lateReadings;
    }

    /** Readings processed. */
    public long readings() {
        return readings;
    }

    /** Closed intervals and reports held back until event time passes them (awaiting-watermark mode only). */
    public int pendingCount() {
        return pending.size();
    }

    public FeatureState features() {
        return features;
    }

    /** Binds the state to its vehicle, refusing another vehicle's events (a keying bug upstream). */
    void bind(String eventVin) {
        if (vin == null) {
            vin = eventVin;
        } else if (!vin.equals(eventVin)) {
            throw new IllegalArgumentException("state of " + vin + " got an event of " + eventVin);
        }
    }

    public byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(MAGIC);
            out.writeByte(FORMAT_VERSION);
            out.writeBoolean(vin != null);
            if (vin != null) {
                out.writeUTF(vin);
            }
            out.writeLong(intervalStart);
            out.writeLong(lateReadings);
            out.writeLong(readings);
            features.write(out);
            anomaly.write(out);
            alerts.write(out);
            Pending.write(pending, out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen: writing to memory", e);
        }
    }

    /**
     * @throws StateCodecException for anything but a complete state of a known format version
     */
    public static VehicleHealthState decode(byte[] bytes) {
        if (bytes == null || bytes.length < 3) {
            throw new StateCodecException("not a vehicle health state: " + (bytes == null ? "null" : bytes.length
                    + " bytes"));
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            int magic = in.readUnsignedShort();
            if (magic != MAGIC) {
                throw new StateCodecException(String.format("not a vehicle health state: magic 0x%04x, expected 0x%04x",
                        magic, MAGIC));
            }
            int version = in.readUnsignedByte();
            if (version < 1 || version > FORMAT_VERSION) {
                throw new StateCodecException("vehicle health state format version " + version
                        + " is not readable by this version (reads 1.." + FORMAT_VERSION + ")");
            }
            String vin = in.readBoolean() ? in.readUTF() : null;
            long intervalStart = in.readLong();
            long late = in.readLong();
            long readings = in.readLong();
            VehicleHealthState s = new VehicleHealthState(vin, FeatureState.read(in), AnomalyState.read(in),
                    AlertBook.read(in));
            if (version >= 2) {
                s.pending.addAll(Pending.read(in, MAX_PENDING));
            }
            s.intervalStart = intervalStart;
            s.lateReadings = late;
            s.readings = readings;
            if (late < 0 || readings < 0) {
                throw new StateCodecException("corrupt vehicle health state: negative counters");
            }
            if (in.available() > 0) {
                throw new StateCodecException("corrupt vehicle health state: " + in.available() + " trailing bytes");
            }
            return s;
        } catch (EOFException e) {
            throw new StateCodecException("vehicle health state truncated (" + bytes.length + " bytes)", e);
        } catch (EventDecodingException e) {
            throw new StateCodecException("corrupt vehicle health state: pending event: " + e.getMessage(), e);
        } catch (UTFDataFormatException e) {
            throw new StateCodecException("corrupt vehicle health state: bad UTF-8", e);
        } catch (IOException e) {
            throw new StateCodecException("corrupt vehicle health state: " + e.getMessage(), e);
        }
    }
}
