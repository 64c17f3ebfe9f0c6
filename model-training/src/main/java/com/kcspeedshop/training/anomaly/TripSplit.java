package com.kcspeedshop.training.anomaly;

import com.kcspeedshop.health.evaluation.RecordedTrips;
import java.util.ArrayList;
import java.util.List;

/**
 * The held-out split, by trip and never by interval (neighbouring intervals of one trip are near copies): trips sorted
 * by path (as {@link RecordedTrips#load} returns them), then by position {@code i}: {@code i % 4} in {0, 1} trains,
 * 2 validates (the alarm threshold is chosen there), 3 is the test set. Deterministic, so a re-run holds out the same
 * trips, and both cars land in every part.
 */
public enum TripSplit {
    TRAIN, VALIDATION, TEST;

    public static TripSplit of(int index) {
        return switch (index % 4) {
            case 0, 1 -> TRAIN;
            case 2 -> VALIDATION;
            default -> TEST;
        };
    }

    /** The trips of this part, in order. */
    public List<RecordedTrips.Trip> select(List<RecordedTrips.Trip> all) {
        List<RecordedTrips.Trip> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (of(i) == this) {
                out.add(all.get(i));
            }
        }
        return out;
    }
}
