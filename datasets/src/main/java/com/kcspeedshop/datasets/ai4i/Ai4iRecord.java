package com.kcspeedshop.datasets.ai4i;

import java.util.EnumSet;
import java.util.Set;

/**
 * One row of {@code ai4i2020.csv}. {@code machineFailure} is kept as recorded: it is not an exact OR of
 * {@code modes} (9 failures have no mode, 18 RNF rows are not failures; datasets README).
 */
public record Ai4iRecord(int udi, String productId, ProductType type, double airTemperatureK,
        double processTemperatureK, double rotationalSpeedRpm, double torqueNm, double toolWearMin,
        boolean machineFailure, Set<FailureMode> modes) {

    public Ai4iRecord {
        modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
    }

    public boolean has(FailureMode mode) {
        return modes.contains(mode);
    }
}
