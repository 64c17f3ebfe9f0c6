package com.kcspeedshop.health.score;

import com.kcspeedshop.events.HealthContribution;
import com.kcspeedshop.events.HealthScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Health scores from one interval's inputs. Each subsystem starts at 100 and loses the points of every penalty ramp its
 * signals cross (see the README's table for each threshold's source); a subsystem with no known input is not scored at
 * all, because a car that does not report a signal is not unhealthy. {@code overall} is the worst subsystem's score with
 * the top contributions over all subsystems. Stateless and deterministic.
 */
public final class HealthScorer {

    /** Contributions listed per score, largest penalty first. */
    public static final int TOP = 3;

    // cooling: normal is ~85-100 degC with the thermostat open (typically 82-92 degC) and the fan cycling above
    static final Penalty COOLANT_HOT = new Penalty("COOLANT_TEMP", 100, 120, 60);
    // a warmed-up engine running below the warm temperature: stuck-open thermostat (cf. OBD code P0128)
    static final Penalty COOLANT_COLD = new Penalty("COOLANT_TEMP", 80, 60, 30);
    // fuel/air: +-10 % total trim is the usual "look at it" line, +-25 % is where ECUs set P0171/P0172
    static final Penalty TRIM_LEAN = new Penalty("TOTAL_FUEL_TRIM", 10, 25, 50);
    static final Penalty TRIM_RICH = new Penalty("TOTAL_FUEL_TRIM", -10, -25, 50);
    // ignition: mean |delta RPM| at steady idle; healthy cars stay below ~60 rpm (real-trip p99.9 ~70)
    static final Penalty IDLE_JITTER = new Penalty("IDLE_RPM_JITTER", 80, 200, 50);
    // charging: a charging system holds ~13.8-14.7 V; below 13.2 it is not keeping up, above 15 it overcharges
    static final Penalty CHARGING_LOW = new Penalty("BATTERY_V_CHARGING", 13.2, 12.0, 60);
    static final Penalty CHARGING_HIGH = new Penalty("BATTERY_V_CHARGING", 15.0, 16.0, 40);
    // resting voltage of a lead-acid battery: ~12.6 V full, ~12.2 V half, below ~11.9 V discharged
    static final Penalty RESTING_LOW = new Penalty("BATTERY_V_ENGINE_OFF", 12.2, 11.6, 40);
    // emissions: catalyst substrates age fast above ~900 degC; misfires push it there
    static final Penalty CATALYST_HOT = new Penalty("CATALYST_TEMP_B1S1", 850, 1000, 40);
    static final double MIL_ON_PENALTY = 20;
    static final double CONFIRMED_DTC_PENALTY = 20;
    static final double PENDING_DTC_PENALTY = 10;

    private HealthScorer() {
    }

    /** The scores of every known subsystem, in {@link Subsystem} order, then {@code overall}; empty if none known. */
    public static List<HealthScore> score(String vin, long intervalEndMs, ScoreInputs in) {
        Instant at = Instant.ofEpochMilli(intervalEndMs);
        List<HealthScore> scores = new ArrayList<>(Subsystem.values().length + 1);
        List<HealthContribution> all = new ArrayList<>();
        double worst = 100;
        for (Subsystem sub : Subsystem.values()) {
            List<HealthContribution> parts = new ArrayList<>();
            if (!contributions(sub, in, parts)) {
                continue;
            }
            double penalty = 0;
            for (HealthContribution c : parts) {
                penalty += c.penalty();
            }
            double score = Math.max(0, 100 - penalty);
            parts.sort(ORDER);
            all.addAll(parts);
            scores.add(new HealthScore(vin, sub.wireName(), at, score, top(parts)));
            worst = Math.min(worst, score);
        }
        if (!scores.isEmpty()) {
            all.sort(ORDER);
            scores.add(new HealthScore(vin, Subsystem.OVERALL, at, worst, top(all)));
        }
        return scores;
    }

    /** Largest penalty first; ties by signal name, so the order never depends on anything but the values. */
    private static final Comparator<HealthContribution> ORDER = Comparator
            .comparingDouble(HealthContribution::penalty).reversed()
            .thenComparing(HealthContribution::signal)
            .thenComparingDouble(HealthContribution::value);

    private static List<HealthContribution> top(List<HealthContribution> sorted) {
        return sorted.size() <= TOP ? sorted : sorted.subList(0, TOP);
    }

    /** Adds the subsystem's contributions; false if none of its inputs is known. */
    private static boolean contributions(Subsystem sub, ScoreInputs in, List<HealthContribution> out) {
        boolean known = dtcs(sub, in, out);
        switch (sub) {
            case COOLING -> {
                known |= add(COOLANT_HOT, in.coolantMean(), out);
                if (in.coldAfterWarmUp()) {
                    add(COOLANT_COLD, in.coolantMean(), out);
                }
            }
            case FUEL_AIR -> {
                known |= add(TRIM_LEAN, "TOTAL_FUEL_TRIM_1", in.totalTrim1(), out);
                add(TRIM_RICH, "TOTAL_FUEL_TRIM_1", in.totalTrim1(), out);
                known |= add(TRIM_LEAN, "TOTAL_FUEL_TRIM_2", in.totalTrim2(), out);
                add(TRIM_RICH, "TOTAL_FUEL_TRIM_2", in.totalTrim2(), out);
            }
            case IGNITION -> known |= add(IDLE_JITTER, in.idleRpmJitter(), out);
            case CHARGING -> {
                known |= add(CHARGING_LOW, in.chargingVolts(), out);
                add(CHARGING_HIGH, in.chargingVolts(), out);
                known |= add(RESTING_LOW, in.engineOffVolts(), out);
            }
            case EMISSIONS -> {
                known |= add(CATALYST_HOT, in.catalystMax(), out);
                if (!Double.isNaN(in.milOnMinutes())) {
                    known = true;
                    if (in.milOnMinutes() > 0) {
                        out.add(new HealthContribution("TIME_WITH_MIL_ON", in.milOnMinutes(), 0, MIL_ON_PENALTY));
                    }
                }
            }
            default -> throw new IllegalStateException("unscored subsystem " + sub);
        }
        return known;
    }

    private static boolean dtcs(Subsystem sub, ScoreInputs in, List<HealthContribution> out) {
        boolean any = false;
        for (Map.Entry<String, Boolean> e : in.activeDtcs().entrySet()) {
            if (Subsystem.ofDtc(e.getKey()) == sub) {
                any = true;
                out.add(new HealthContribution("DTC_" + e.getKey(), 1, 0,
                        e.getValue() ? CONFIRMED_DTC_PENALTY : PENDING_DTC_PENALTY));
            }
        }
        return any;
    }

    private static boolean add(Penalty p, double value, List<HealthContribution> out) {
        return add(p, p.signal(), value, out);
    }

    /** Adds a contribution if the ramp costs points; true if the value is known. */
    private static boolean add(Penalty p, String signal, double value, List<HealthContribution> out) {
        if (Double.isNaN(value)) {
            return false;
        }
        double points = p.of(value);
        if (points > 0) {
            out.add(new HealthContribution(signal, value, p.threshold(), points));
        }
        return true;
    }
}
