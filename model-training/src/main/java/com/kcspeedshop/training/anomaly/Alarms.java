package com.kcspeedshop.training.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * How interval scores become alarms, and the choice of the alarm threshold. An alarm is raised when an interval scores
 * at or above the threshold after one that did not (a rising edge): consecutive strange intervals are one alarm, the
 * way the engine's alert layer counts one episode, not one per interval. NaN ("cannot tell") never alarms.
 */
public final class Alarms {

    private Alarms() {
    }

    /** Indexes of the intervals that raise an alarm. */
    public static List<Integer> raised(double[] scores, double threshold) {
        List<Integer> at = new ArrayList<>();
        boolean on = false;
        for (int i = 0; i < scores.length; i++) {
            boolean alarming = scores[i] >= threshold;
            if (alarming && !on) {
                at.add(i);
            }
            on = alarming;
        }
        return at;
    }

    static int count(List<double[]> trips, double threshold) {
        int n = 0;
        for (double[] s : trips) {
            n += raised(s, threshold).size();
        }
        return n;
    }

    /**
     * The lowest threshold whose alarms on the given normal trips stay within {@code maxPer10h} per 10 driving hours
     * (rounded down to whole alarms, so on 6 h at 1 per 10 h: none). Scanned downward from above the highest score and
     * stopped at the first threshold that allows too many: the count is not monotone in the threshold (lowering it can
     * merge two alarms into one), so the first violation is where the safe range ends.
     *
     * @throws IllegalArgumentException when the trips have no finite score at all
     */
    public static double chooseThreshold(List<double[]> trips, double hours, double maxPer10h) {
        double[] all = trips.stream().flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite).sorted()
                .distinct().toArray();
        if (all.length == 0) {
            throw new IllegalArgumentException("no finite score on the validation trips: cannot choose a threshold");
        }
        int allowed = (int) Math.floor(hours * maxPer10h / 10 + 1e-9);
        double chosen = Math.nextUp(all[all.length - 1]);
        for (int i = all.length - 1; i >= 0; i--) {
            if (count(trips, all[i]) > allowed) {
                break;
            }
            chosen = all[i];
        }
        return chosen;
    }
}
