package com.kcspeedshop.datasets.cmapss;

import java.util.List;

/**
 * All cycles of one engine unit, in cycle order 1..n. In a training file the last cycle is the failure; in a test file
 * the trajectory stops early and the RUL file says how many cycles were left.
 */
public record EngineUnit(int unit, List<CmapssCycle> cycles) {

    public EngineUnit {
        cycles = List.copyOf(cycles);
        if (cycles.isEmpty()) {
            throw new IllegalArgumentException("unit " + unit + " has no cycles");
        }
    }

    public int length() {
        return cycles.size();
    }

    public CmapssCycle last() {
        return cycles.get(cycles.size() - 1);
    }

    /**
     * Cycles left after {@code index} (0-based) in a run-to-failure trajectory: last cycle minus this cycle, as the
     * dataset README defines training RUL.
     */
    public int rulAt(int index) {
        return last().cycle() - cycles.get(index).cycle();
    }
}
