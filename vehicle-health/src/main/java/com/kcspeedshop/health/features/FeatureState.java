package com.kcspeedshop.health.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One vehicle's features: the last value of every feature, windowed statistics over {@link #HORIZONS_MS} and the
 * operating state derived signals need (engine running since, stopped since, warmed up). Fixed size.
 *
 * <p>{@link #accept} takes one raw sample, derives what it can and returns a bit mask of every feature that got a new
 * sample, so the caller can feed detectors and rules without allocating.
 */
public final class FeatureState {

    /** Window lengths: 10 s, 1 min, 10 min. Index 0 is the scoring interval. */
    public static final long[] HORIZONS_MS = {10_000, 60_000, 600_000};
    static final long NEVER = Long.MIN_VALUE;

    private final double[] last = new double[Feature.count()];
    private final long[] lastT = new long[Feature.count()];
    private final WindowStats[][] windows = new WindowStats[Feature.count()][HORIZONS_MS.length];
    private long runningSince = NEVER;
    private long stoppedSince = NEVER;
    private long runMs;
    private long lastRunT = NEVER;
    private double lastIdleRpm;
    private long lastIdleT = NEVER;
    private boolean warmedUp;

    public FeatureState() {
        java.util.Arrays.fill(lastT, NEVER);
        for (int f = 0; f < windows.length; f++) {
            for (int h = 0; h < HORIZONS_MS.length; h++) {
                windows[f][h] = new WindowStats(HORIZONS_MS[h]);
            }
        }
    }

    /**
     * Records one raw sample and every derived sample it completes.
     *
     * @return bit mask (1L << ordinal) of the features that got a sample
     */
    public long accept(Feature f, long t, double v, FeatureSettings s) {
        long produced = put(f, t, v);
        switch (f) {
            case ENGINE_RPM -> produced |= onRpm(t, v, s);
            case VEHICLE_SPEED -> onSpeed(t, v);
            case SHORT_FUEL_TRIM_1, LONG_FUEL_TRIM_1 ->
                    produced |= sum(Feature.SHORT_FUEL_TRIM_1, Feature.LONG_FUEL_TRIM_1, Feature.TOTAL_FUEL_TRIM_1, t, s);
            case SHORT_FUEL_TRIM_2, LONG_FUEL_TRIM_2 ->
                    produced |= sum(Feature.SHORT_FUEL_TRIM_2, Feature.LONG_FUEL_TRIM_2, Feature.TOTAL_FUEL_TRIM_2, t, s);
            case CONTROL_MODULE_VOLTAGE -> produced |= onVoltage(t, v, s);
            case COOLANT_TEMP -> produced |= onCoolant(t, v, s);
            case MAF_RATE -> produced |= onMaf(t, v, s);
            case CATALYST_TEMP_B1S1, CATALYST_TEMP_B1S2 -> produced |= onCatalyst(t, s);
            default -> {
            }
        }
        return produced;
    }

    private long put(Feature f, long t, double v) {
        int i = f.ordinal();
        last[i] = v;
        lastT[i] = t;
        for (WindowStats w : windows[i]) {
            w.add(t, v);
        }
        return 1L << i;
    }

    private long onRpm(long t, double rpm, FeatureSettings s) {
        if (rpm > s.runningRpm()) {
            if (runningSince == NEVER) {
                runningSince = t;
            } else if (lastRunT != NEVER && t > lastRunT) {
                // gaps longer than the stale limit are not counted as running time
                runMs += Math.min(t - lastRunT, s.staleAfterMs());
            }
            lastRunT = t;
        } else {
            runningSince = NEVER;
            lastRunT = NEVER;
        }
        boolean steadyIdle = rpm >= s.idleRpmMin() && rpm <= s.idleRpmMax()
                && stoppedSince != NEVER && fresh(Feature.VEHICLE_SPEED, t, s)
                && t - stoppedSince >= s.steadyIdleAfterMs()
                && runningSince != NEVER && t - runningSince >= 6 * s.steadyIdleAfterMs();
        long produced = 0;
        if (steadyIdle) {
            if (lastIdleT != NEVER && t - lastIdleT <= s.staleAfterMs()) {
                produced = put(Feature.IDLE_RPM_JITTER, t, Math.abs(rpm - lastIdleRpm));
            }
            lastIdleRpm = rpm;
            lastIdleT = t;
        } else {
            lastIdleT = NEVER;
        }
        return produced;
    }

    private void onSpeed(long t, double speed) {
        if (speed >= 1) {
            stoppedSince = NEVER;
        } else if (stoppedSince == NEVER) {
            stoppedSince = t;
        }
    }

    private long sum(Feature a, Feature b, Feature total, long t, FeatureSettings s) {
        if (fresh(a, t, s) && fresh(b, t, s)) {
            return put(total, t, last[a.ordinal()] + last[b.ordinal()]);
        }
        return 0;
    }

    private long onVoltage(long t, double volts, FeatureSettings s) {
        if (!fresh(Feature.ENGINE_RPM, t, s)) {
            return 0; // engine state unknown: the voltage means neither resting nor charging
        }
        double rpm = last[Feature.ENGINE_RPM.ordinal()];
        if (rpm == 0) {
            return put(Feature.BATTERY_V_ENGINE_OFF, t, volts);
        }
        // skip the first seconds after start: the alternator is still recharging what cranking took
        if (rpm > s.runningRpm() && runningSince != NEVER && t - runningSince >= 6 * s.steadyIdleAfterMs()) {
            return put(Feature.BATTERY_V_CHARGING, t, volts);
        }
        return 0;
    }

    private long onCoolant(long t, double c, FeatureSettings s) {
        if (c >= s.warmCoolantC() && isRunning(t, s)) {
            warmedUp = true;
        }
        WindowStats minute = windows[Feature.COOLANT_TEMP.ordinal()][1];
        if (minute.currentCount() == 1 && minute.doneCount() > 0 && isRunning(t, s)) {
            // a new minute began: rate = change of the minute means, degC/min
            double prevMean = last[Feature.COOLANT_WARMUP_RATE.ordinal()];
            long prevStart = lastT[Feature.COOLANT_WARMUP_RATE.ordinal()];
            long doneStart = minute.doneStart();
            if (doneStart != prevStart) {
                // the derived feature's last slot keeps the previous minute mean; the windows get the rate
                double rate = prevStart == doneStart - HORIZONS_MS[1] ? minute.doneMean() - prevMean : Double.NaN;
                last[Feature.COOLANT_WARMUP_RATE.ordinal()] = minute.doneMean();
                lastT[Feature.COOLANT_WARMUP_RATE.ordinal()] = doneStart;
                if (!Double.isNaN(rate)) {
                    for (WindowStats w : windows[Feature.COOLANT_WARMUP_RATE.ordinal()]) {
                        w.add(t, rate);
                    }
                    return 1L << Feature.COOLANT_WARMUP_RATE.ordinal();
                }
            }
        }
        return 0;
    }

    private long onMaf(long t, double maf, FeatureSettings s) {
        if (!fresh(Feature.ENGINE_RPM, t, s) || last[Feature.ENGINE_RPM.ordinal()] <= s.runningRpm()) {
            return 0;
        }
        double rpm = last[Feature.ENGINE_RPM.ordinal()];
        if (fresh(Feature.ENGINE_LOAD, t, s) && last[Feature.ENGINE_LOAD.ordinal()] > 5) {
            return put(Feature.AIRFLOW_RATIO, t, maf / (rpm * last[Feature.ENGINE_LOAD.ordinal()] / 100.0) * 1000);
        }
        if (fresh(Feature.INTAKE_MAP, t, s) && fresh(Feature.INTAKE_AIR_TEMP, t, s)
                && last[Feature.INTAKE_MAP.ordinal()] > 5) {
            double densityFlow = rpm * last[Feature.INTAKE_MAP.ordinal()]
                    / (last[Feature.INTAKE_AIR_TEMP.ordinal()] + 273.15);
            return put(Feature.AIRFLOW_RATIO, t, maf / densityFlow * 100);
        }
        return 0;
    }

    private long onCatalyst(long t, FeatureSettings s) {
        if (fresh(Feature.CATALYST_TEMP_B1S1, t, s) && fresh(Feature.CATALYST_TEMP_B1S2, t, s)) {
            return put(Feature.CATALYST_DELTA, t,
                    last[Feature.CATALYST_TEMP_B1S2.ordinal()] - last[Feature.CATALYST_TEMP_B1S1.ordinal()]);
        }
        return 0;
    }

    /** Completes every window that ends at or before {@code t}. */
    public void roll(long t) {
        for (WindowStats[] perFeature : windows) {
            for (WindowStats w : perFeature) {
                w.roll(t);
            }
        }
    }

    /** True if {@code f} was read within the stale limit before (or after, for a late sample) {@code t}. */
    public boolean fresh(Feature f, long t, FeatureSettings s) {
        long at = lastT[f.ordinal()];
        return at != NEVER && Math.abs(t - at) <= s.staleAfterMs();
    }

    /** The last value of a raw or derived feature (for COOLANT_WARMUP_RATE: the last minute's mean), NaN if never. */
    public double last(Feature f) {
        return lastT[f.ordinal()] == NEVER ? Double.NaN : last[f.ordinal()];
    }

    public WindowStats window(Feature f, int horizon) {
        return windows[f.ordinal()][horizon];
    }

    public boolean isRunning(long t, FeatureSettings s) {
        return runningSince != NEVER && fresh(Feature.ENGINE_RPM, t, s);
    }

    /** True if RPM is fresh and exactly 0: the engine is known to be off (not merely unreported). */
    public boolean isKnownOff(long t, FeatureSettings s) {
        return fresh(Feature.ENGINE_RPM, t, s) && last[Feature.ENGINE_RPM.ordinal()] == 0;
    }

    /** Milliseconds the engine has run since this state began (gaps capped at the stale limit). */
    public long runMs() {
        return runMs;
    }

    /** Whether the coolant has reached the warm temperature with the engine running. */
    public boolean warmedUp() {
        return warmedUp;
    }

    public void write(DataOutput out) throws IOException {
        out.writeShort(Feature.count());
        for (int f = 0; f < last.length; f++) {
            boolean seen = lastT[f] != NEVER || windows[f][0].currentCount() > 0 || windows[f][0].doneCount() > 0;
            out.writeBoolean(seen);
            if (seen) {
                out.writeDouble(last[f]);
                out.writeLong(lastT[f]);
                for (WindowStats w : windows[f]) {
                    w.write(out);
                }
            }
        }
        out.writeLong(runningSince);
        out.writeLong(stoppedSince);
        out.writeLong(runMs);
        out.writeLong(lastRunT);
        out.writeDouble(lastIdleRpm);
        out.writeLong(lastIdleT);
        out.writeBoolean(warmedUp);
    }

    public static FeatureState read(DataInput in) throws IOException {
        int count = in.readShort();
        if (count < 0 || count > Feature.count()) {
            throw new IOException("state has " + count + " features, this version knows " + Feature.count());
        }
        FeatureState s = new FeatureState();
        for (int f = 0; f < count; f++) {
            if (in.readBoolean()) {
                s.last[f] = in.readDouble();
                s.lastT[f] = in.readLong();
                for (WindowStats w : s.windows[f]) {
                    w.read(in);
                }
            }
        }
        s.runningSince = in.readLong();
        s.stoppedSince = in.readLong();
        s.runMs = in.readLong();
        s.lastRunT = in.readLong();
        s.lastIdleRpm = in.readDouble();
        s.lastIdleT = in.readLong();
        s.warmedUp = in.readBoolean();
        return s;
    }
}
