package com.kcspeedshop.health;

import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.health.score.ScoreInputs;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a vehicle's state holds back until event time passes it, when the engine runs {@linkplain
 * VehicleHealthEngine#awaitingWatermark() awaiting a watermark}: a closed interval whose scores still need the trouble
 * codes of the interval (a report captured in it may still be on its way on the other topic), and trouble-code reports
 * that must be applied in capture-time order between those intervals. Sorted by time; an interval before a report at the
 * same time, since a report at an interval's end belongs to the next interval.
 */
sealed interface Pending permits Pending.Interval, Pending.Report {

    /** The trouble codes of a closed interval's inputs until it settles. */
    SortedMap<String, Boolean> NO_CODES = Collections.unmodifiableSortedMap(new TreeMap<>());

    /** Event time (epoch millis) from which the item may be settled. */
    long at();

    /** 0 for an interval, 1 for a report: the tie order. */
    int order();

    /**
     * A closed interval: its score inputs taken when it closed, without the trouble codes (those of its end are added
     * when it settles), and the anomalies its close found (emitted when it settles, so they come after the scores, as
     * in input order).
     */
    record Interval(long at, ScoreInputs inputs, int anomalyMask, List<Anomaly> anomalies) implements Pending {
        public Interval {
            anomalies = List.copyOf(anomalies);
        }

        @Override
        public int order() {
            return 0;
        }
    }

    /** A trouble-code report waiting for event time to reach its capture time. */
    record Report(DtcReport report) implements Pending {
        @Override
        public long at() {
            return report.capturedAt().toEpochMilli();
        }

        @Override
        public int order() {
            return 1;
        }
    }

    /** Inserts {@code p} into the sorted {@code queue}, after the items of equal (time, order): arrival order on ties. */
    static void insert(List<Pending> queue, Pending p) {
        int i = queue.size();
        while (i > 0 && compare(queue.get(i - 1), p) > 0) {
            i--;
        }
        queue.add(i, p);
    }

    private static int compare(Pending a, Pending b) {
        int c = Long.compare(a.at(), b.at());
        return c != 0 ? c : Integer.compare(a.order(), b.order());
    }

    static void write(List<Pending> queue, DataOutput out) throws IOException {
        out.writeInt(queue.size());
        for (Pending p : queue) {
            if (p instanceof Interval i) {
                out.writeByte(0);
                out.writeLong(i.at());
                ScoreInputs in = i.inputs();
                out.writeDouble(in.coolantMean());
                out.writeBoolean(in.coldAfterWarmUp());
                out.writeDouble(in.totalTrim1());
                out.writeDouble(in.totalTrim2());
                out.writeDouble(in.idleRpmJitter());
                out.writeDouble(in.chargingVolts());
                out.writeDouble(in.engineOffVolts());
                out.writeDouble(in.catalystMax());
                out.writeDouble(in.milOnMinutes());
                out.writeInt(i.anomalyMask());
                out.writeShort(i.anomalies().size());
                for (Anomaly a : i.anomalies()) {
                    bytes(out, Events.ANOMALY.encode(a));
                }
            } else if (p instanceof Report r) {
                out.writeByte(1);
                bytes(out, Events.DTC_REPORT.encode(r.report()));
            }
        }
    }

    static List<Pending> read(DataInput in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) {
            throw new IOException("state holds " + n + " pending items, at most " + limit + " are kept");
        }
        List<Pending> queue = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int kind = in.readUnsignedByte();
            if (kind == 0) {
                long at = in.readLong();
                double coolant = in.readDouble();
                boolean cold = in.readBoolean();
                double t1 = in.readDouble();
                double t2 = in.readDouble();
                double jitter = in.readDouble();
                double charging = in.readDouble();
                double off = in.readDouble();
                double cat = in.readDouble();
                double mil = in.readDouble();
                int mask = in.readInt();
                int count = in.readUnsignedShort();
                List<Anomaly> anomalies = new ArrayList<>(count);
                for (int a = 0; a < count; a++) {
                    anomalies.add(Events.ANOMALY.decode(bytes(in)));
                }
                queue.add(new Interval(at, new ScoreInputs(coolant, cold, t1, t2, jitter, charging, off, cat, mil,
                        NO_CODES), mask, anomalies));
            } else if (kind == 1) {
                queue.add(new Report(Events.DTC_REPORT.decode(bytes(in))));
            } else {
                throw new IOException("unknown pending item kind " + kind);
            }
        }
        return queue;
    }

    private static void bytes(DataOutput out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IOException("corrupt pending item length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
