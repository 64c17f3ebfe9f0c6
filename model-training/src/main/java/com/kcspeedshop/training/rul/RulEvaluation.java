package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.CmapssReader;
import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How a RUL model is scored: on a test set's last cycles against its truth file, or on every window of held-out units. */
public final class RulEvaluation {

    private RulEvaluation() {
    }

    /**
     * The benchmark figure: predict after the last cycle of every test unit and compare with the true RUL (not capped,
     * as published results do).
     *
     * @throws IOException if the files cannot be read, or the truth file has a different number of units
     */
    public static RulMetrics onTestSet(RulModel model, Path test, Path truth) throws IOException {
        List<EngineUnit> units = CmapssReader.readUnits(test);
        int[] rul = CmapssReader.readTruth(truth);
        if (rul.length != units.size()) {
            throw new IOException(truth + " has " + rul.length + " RUL values but " + test + " has " + units.size()
                    + " units: they are not the same test set");
        }
        return RulMetrics.of(model.predictLast(units), java.util.Arrays.stream(rul).asDoubleStream().toArray());
    }

    /** Every window from the first full one of each unit, against the capped training label. */
    public static RulMetrics onEveryWindow(RulModel model, List<EngineUnit> units) {
        RulPreprocessing prep = model.preprocessing();
        List<EngineUnit> prefixes = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (EngineUnit unit : units) {
            for (int end = Math.min(prep.window() - 1, unit.length() - 1); end < unit.length(); end++) {
                prefixes.add(new EngineUnit(unit.unit(), unit.cycles().subList(0, end + 1)));
                truth.add(prep.label(unit, end));
            }
        }
        return RulMetrics.of(model.predictLast(prefixes), truth.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Every window whose true RUL is at most {@code maxRul}, against the true RUL <em>uncapped</em>, as the test figure
     * is. Unlike {@link #onEveryWindow} this does not depend on the cap, so recipes with different caps can be compared
     * on it. 150 covers the test truths of FD001 (at most 145), whose truncation points this mimics.
     */
    public static RulMetrics onEveryWindowUncapped(RulModel model, List<EngineUnit> units, int maxRul) {
        RulPreprocessing prep = model.preprocessing();
        List<EngineUnit> prefixes = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (EngineUnit unit : units) {
            for (int end = Math.min(prep.window() - 1, unit.length() - 1); end < unit.length(); end++) {
                if (unit.rulAt(end) <= maxRul) {
                    prefixes.add(new EngineUnit(unit.unit(), unit.cycles().subList(0, end + 1)));
                    truth.add((double) unit.rulAt(end));
                }
            }
        }
        return RulMetrics.of(model.predictLast(prefixes), truth.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
