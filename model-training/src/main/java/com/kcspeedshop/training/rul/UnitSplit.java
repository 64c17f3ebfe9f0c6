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
}
