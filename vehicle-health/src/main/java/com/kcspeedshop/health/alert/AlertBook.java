package com.kcspeedshop.health.alert;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.DtcKind;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.health.anomaly.AnomalyState;
import com.kcspeedshop.health.features.Feature;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One vehicle's alert episodes: a fixed slot per threshold rule (and per watched feature for persistent anomalies), and
 * a bounded, sorted map of open trouble-code episodes. Emits {@link Alert} lifecycle events through a callback.
 */
public final class AlertBook {

    private enum Slot { OVERHEATING, RUNNING_COLD, BATTERY_OFF, CHARGING, TRIM_1, TRIM_2, MISFIRE, HEALTH_LOW }

    private static final int SLOTS = Slot.values().length;
    private static final String[] BANKS = {"bank1", "bank2"};
    // constant formats, so evaluating a trim sample allocates nothing unless an alert is emitted
    private static final String[][] TRIM_FORMATS = {
            {"bank 1 total fuel trim %+.1f %% beyond +-%.0f %% (lean: air leak or weak fuel delivery?)",
                    "bank 1 total fuel trim %+.1f %% beyond +-%.0f %% (rich: leaking injector or sensor?)"},
            {"bank 2 total fuel trim %+.1f %% beyond +-%.0f %% (lean: air leak or weak fuel delivery?)",
                    "bank 2 total fuel trim %+.1f %% beyond +-%.0f %% (rich: leaking injector or sensor?)"}};

    private final Episode[] episodes = new Episode[SLOTS + AnomalyState.watchedCount()];
    private final double[] trimEwma = new double[2];
    private final long[] trimAt = {Episode.NEVER, Episode.NEVER};
    /** kind|ecu|code to the episode's start. A TreeMap: iteration order is the key order, never hash order. */
    private final TreeMap<String, Long> dtcs = new TreeMap<>();

    public AlertBook() {
        for (int i = 0; i < episodes.length; i++) {
            episodes[i] = new Episode();
        }
    }

    /** Evaluates the reading-level rules on one (raw or derived) sample. */
    public void onSample(String vin, Feature f, long t, double v, boolean running, boolean warmedUp,
                         AlertSettings a, AlertSink out) {
        switch (f) {
            case COOLANT_TEMP -> {
                step(vin, Slot.OVERHEATING, Rule.OVERHEATING, "coolant", t, v > a.overheatC(),
                        v >= a.overheatCriticalC(), v < a.overheatClearC(), v, 5, a.sustainMs(), a.clearMs(),
                        "coolant %.1f degC above %.0f degC", a.overheatC(), out);
                step(vin, Slot.RUNNING_COLD, Rule.ENGINE_RUNNING_COLD, "coolant", t,
                        running && warmedUp && v < a.runningColdC(), false, v >= a.runningColdClearC(), v, 5,
                        a.sustainMs(), a.clearMs(), "warmed-up engine running with coolant %.1f degC below %.0f degC"
                                + " (thermostat stuck open?)", a.runningColdC(), out);
            }
            case BATTERY_V_ENGINE_OFF -> step(vin, Slot.BATTERY_OFF, Rule.BATTERY_LOW_ENGINE_OFF, "battery", t,
                    v < a.restingLowV(), v < a.restingCriticalV(), v >= a.restingClearV(), v, 0.2,
                    2 * a.sustainMs(), a.clearMs(), "engine off, battery at %.2f V below %.1f V", a.restingLowV(), out);
            case BATTERY_V_CHARGING -> {
                // the engine runs: whatever the resting voltage was, the battery is being charged now
                step(vin, Slot.BATTERY_OFF, Rule.BATTERY_LOW_ENGINE_OFF, "battery", t, false, false, true, v, 0.2,
                        2 * a.sustainMs(), 0, "engine started, battery at %.2f V (limit %.1f V)", a.restingLowV(), out);
                step(vin, Slot.CHARGING, Rule.CHARGING_LOW, "charging", t, v < a.chargingLowV(),
                        v < a.chargingCriticalV(), v >= a.chargingClearV(), v, 0.3, 2 * a.sustainMs(), a.clearMs(),
                        "engine running, system voltage %.2f V below %.1f V (alternator not charging?)",
                        a.chargingLowV(), out);
            }
            case TOTAL_FUEL_TRIM_1 -> trim(vin, 0, Slot.TRIM_1, t, v, running, a, out);
            case TOTAL_FUEL_TRIM_2 -> trim(vin, 1, Slot.TRIM_2, t, v, running, a, out);
            default -> {
            }
        }
    }

    private void trim(String vin, int bank, Slot slot, long t, double v, boolean running, AlertSettings a,
                      AlertSink out) {
        if (!running) {
            trimAt[bank] = Episode.NEVER; // trims of a stopped engine are meaningless; restart the average
            return;
        }
        // time-based EWMA, so the smoothing does not depend on the polling rate
        if (trimAt[bank] == Episode.NEVER || t - trimAt[bank] > 10 * a.fuelTrimSmoothingMs()) {
            trimEwma[bank] = v;
        } else if (t > trimAt[bank]) {
            double w = 1 - Math.exp(-(double) (t - trimAt[bank]) / a.fuelTrimSmoothingMs());
            trimEwma[bank] += w * (v - trimEwma[bank]);
        }
        trimAt[bank] = t;
        double m = trimEwma[bank];
        double abs = Math.abs(m);
        step(vin, slot, Rule.FUEL_TRIM, BANKS[bank], t, abs > a.fuelTrimPct(), abs >= a.fuelTrimCriticalPct(),
                abs < a.fuelTrimClearPct(), m, 5, 2 * a.sustainMs(), a.clearMs(), TRIM_FORMATS[bank][m > 0 ? 0 : 1],
                a.fuelTrimPct(), out);
    }

    /**
     * Evaluates the interval-level rules at an interval end.
     *
     * @param idleJitter   mean IDLE_RPM_JITTER of the interval, NaN if the engine did not idle steadily
     * @param overall      the overall health score of the interval, NaN if none was computed
     * @param anomalyMask  what {@link AnomalyState#closeInterval} returned
     */
    public void onInterval(String vin, long t, double idleJitter, double overall, int anomalyMask, AlertSettings a,
                           AlertSink out) {
        if (!Double.isNaN(idleJitter)) {
            step(vin, Slot.MISFIRE, Rule.MISFIRE, "idle", t, idleJitter > a.idleJitterRpm(),
                    idleJitter > 2 * a.idleJitterRpm(), idleJitter < 0.75 * a.idleJitterRpm(), idleJitter, 40,
                    a.misfireSustainMs(), a.clearMs(), "rough idle: mean RPM step %.0f rpm above %.0f rpm (misfire?)",
                    a.idleJitterRpm(), out);
        }
        if (!Double.isNaN(overall)) {
            step(vin, Slot.HEALTH_LOW, Rule.HEALTH_LOW, "overall", t, overall < a.healthLow(),
                    overall < a.healthCritical(), overall >= a.healthClear(), overall, 10, a.anomalySustainMs(),
                    a.clearMs(), "overall health %.0f below %.0f", a.healthLow(), out);
        }
        for (int i = 0; i < AnomalyState.watchedCount(); i++) {
            if ((anomalyMask & (1 << (16 + i))) == 0) {
                continue; // no conditioned samples this interval: unknown, the episode neither grows nor clears
            }
            boolean anomalous = (anomalyMask & (1 << i)) != 0;
            String label = AnomalyState.watched(i).label();
            Episode e = episodes[SLOTS + i];
            int what = e.step(t, anomalous, false, !anomalous, anomalous ? 1 : 0, a.anomalySustainMs(), a.clearMs(),
                    Double.MAX_VALUE);
            emit(vin, Rule.PERSISTENT_ANOMALY, label, e, what, t,
                    "persistent anomaly on " + label + (what == Episode.CLEARED ? " ended" : ""), out);
        }
    }

    /** New codes of this (kind, ECU) raise an episode each; codes it no longer reports clear theirs. */
    public void onDtcReport(DtcReport d, AlertSettings a, AlertSink out) {
        long t = d.capturedAt().toEpochMilli();
        String prefix = d.kind().name() + '|' + ecuKey(d) + '|';
        List<String> reported = new ArrayList<>(d.codes());
        reported.sort(null);
        for (Iterator<Map.Entry<String, Long>> it = dtcs.tailMap(prefix).entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> e = it.next();
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            String code = e.getKey().substring(prefix.length());
            if (!reported.contains(code)) {
                it.remove();
                out.alert(dtcAlert(d, code, e.getValue(), AlertState.CLEARED, t, "cleared"));
            }
        }
        for (String code : reported) {
            String key = prefix + code;
            if (!dtcs.containsKey(key) && dtcs.size() < a.maxDtcEpisodes()) {
                dtcs.put(key, t);
                out.alert(dtcAlert(d, code, t, AlertState.RAISED, t, "reported"));
            }
        }
    }

    private static Alert dtcAlert(DtcReport d, String code, long start, AlertState state, long t, String what) {
        AlertSeverity sev = d.kind() == DtcKind.PENDING ? AlertSeverity.INFO : AlertSeverity.WARNING;
        String subject = d.kind().name() + '|' + ecuKey(d) + '|' + code;
        return new Alert(AlertIds.of(d.vin(), Rule.DTC, subject, start), d.vin(), Rule.DTC.wireName(), sev, state,
                Instant.ofEpochMilli(t), d.kind().name().toLowerCase(Locale.ROOT) + " trouble code " + code + " "
                + what + (d.ecu() == null ? "" : " by ECU " + d.ecu()));
    }

    /** The ECU part of an episode key: '|' separates key parts, so it cannot appear inside one. */
    private static String ecuKey(DtcReport d) {
        return d.ecu() == null ? "-" : d.ecu().replace('|', '_');
    }

    /** Open trouble codes: code to confirmed (stored or permanent) or not (pending). Sorted. */
    public SortedMap<String, Boolean> activeDtcs() {
        TreeMap<String, Boolean> codes = new TreeMap<>();
        for (String key : dtcs.keySet()) {
            boolean confirmed = !key.startsWith(DtcKind.PENDING.name());
            codes.merge(key.substring(key.lastIndexOf('|') + 1), confirmed, Boolean::logicalOr);
        }
        return codes;
    }

    private void step(String vin, Slot slot, Rule rule, String subject, long t, boolean raise, boolean critical,
                      boolean clear, double value, double materialDelta, long sustainMs, long clearMs, String format,
                      double limit, AlertSink out) {
        Episode e = episodes[slot.ordinal()];
        int what = e.step(t, raise, critical, clear, value, sustainMs, clearMs, materialDelta);
        if (what != Episode.NONE) {
            emit(vin, rule, subject, e, what, t, String.format(Locale.ROOT, format, value, limit), out);
        }
    }

    private static void emit(String vin, Rule rule, String subject, Episode e, int what, long t, String message,
                             AlertSink out) {
        if (what == Episode.NONE) {
            return;
        }
        AlertState state = switch (what) {
            case Episode.RAISED -> AlertState.RAISED;
            case Episode.UPDATED -> AlertState.UPDATED;
            default -> AlertState.CLEARED;
        };
        out.alert(new Alert(AlertIds.of(vin, rule, subject, e.start()), vin, rule.wireName(), e.severity(), state,
                Instant.ofEpochMilli(t), message));
    }

    public void write(DataOutput out) throws IOException {
        out.writeByte(episodes.length);
        for (Episode e : episodes) {
            e.write(out);
        }
        for (int b = 0; b < 2; b++) {
            out.writeDouble(trimEwma[b]);
            out.writeLong(trimAt[b]);
        }
        out.writeShort(dtcs.size());
        for (Map.Entry<String, Long> e : dtcs.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    public static AlertBook read(DataInput in) throws IOException {
        AlertBook b = new AlertBook();
        int n = in.readUnsignedByte();
        if (n > b.episodes.length) {
            throw new IOException("state has " + n + " alert slots, this version knows " + b.episodes.length);
        }
        for (int i = 0; i < n; i++) {
            b.episodes[i] = Episode.read(in);
        }
        for (int i = 0; i < 2; i++) {
            b.trimEwma[i] = in.readDouble();
            b.trimAt[i] = in.readLong();
        }
        int codes = in.readUnsignedShort();
        if (codes > 1024) {
            throw new IOException("state has " + codes + " trouble-code episodes, at most 1024 are kept");
        }
        for (int i = 0; i < codes; i++) {
            String key = in.readUTF();
            if (key.split("\\|").length != 3) {
                throw new IOException("corrupt trouble-code episode key: " + key);
            }
            b.dtcs.put(key, in.readLong());
        }
        return b;
    }
}
