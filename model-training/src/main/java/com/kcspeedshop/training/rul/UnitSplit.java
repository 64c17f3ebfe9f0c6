package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Training and validation units. The split is by engine unit, never by row: windows of one engine overlap and share its
 * wear, so a row split would leak the answer into validation.
 */
public record UnitSplit(List<EngineUnit> train, List<EngineUnit> validation) {

    public static UnitSplit of(List<EngineUnit> units, double validationShare, long seed) {
        List<EngineUnit> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, new Random(seed));
        int validationCount = Math.max(1, (int) Math.round(units.size() * validationShare));
        if (validationCount >= units.size()) {
            throw new IllegalArgumentException("need at least 2 units to split, have " + units.size());
        }
        return new UnitSplit(List.copyOf(shuffled.subList(validationCount, shuffled.size())),
                List.copyOf(shuffled.subList(0, validationCount)));
    }

    /**
     * K-fold cross-validation by unit: the units, shuffled with {@code seed}, cut into {@code k} consecutive blocks;
     * split i holds out block i. Every unit is held out exactly once. With the same seed and k = 1 / share, split 0 is
     * {@link #of}'s split.
     */
    public static List<UnitSplit> folds(List<EngineUnit> units, int k, long seed) {
        if (k < 2 || k > units.size()) {
            throw new IllegalArgumentException("need 2 <= folds <= units, have " + k + " folds and " + units.size()
                    + " units");
        }
        List<EngineUnit> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, new Random(seed));
        List<UnitSplit> splits = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int from = (int) Math.round(units.size() * (double) i / k);
            int to = (int) Math.round(units.size() * (double) (i + 1) / k);
            List<EngineUnit> train = new ArrayList<>(shuffled.subList(0, from));
            train.addAll(shuffled.subList(to, shuffled.size()));
            splits.add(new UnitSplit(List.copyOf(train), List.copyOf(shuffled.subList(from, to))));
        }
        return splits;
    }
}
