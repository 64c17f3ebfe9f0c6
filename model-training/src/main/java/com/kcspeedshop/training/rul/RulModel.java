package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A trained remaining-useful-life model together with the preprocessing it was trained with. */
public interface RulModel {

    /** {@code tree} or {@code dl4j}: how {@link RulModels#load} finds the binary. */
    String kind();

    RulPreprocessing preprocessing();

    /** Predicted RUL after the last observed cycle of each unit, in the order given; never negative. */
    double[] predictLast(List<EngineUnit> units);

    /** Writes the model binary and {@code preprocessing.json} into {@code dir}. */
    void save(Path dir) throws IOException;

    /** The model binary's file name inside an artifact folder. */
    String binaryName();
}
