package com.kcspeedshop.serving.scorer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.datasets.cmapss.CmapssReader;
import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.rul.RulPreprocessing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * model-training's golden RUL artifacts (saved by 0.1.0; {@code rul-dl4j-ensemble-v2} by 0.2,
 * {@code rul-dl4j-minmax-v3}, min-max scaled, by 0.3; {@code rul-dl4j-lstm-v4}, LSTM members, by 0.4;
 * {@code rul-dl4j-mixed-v5}, features-MLP and CNN members, by 0.5; {@code rul-dl4j-trend-v6}, the same over a recipe
 * with trend channels, by 0.6) and their inputs as
 * scorer rows. Shared by the tests.
 */
public final class GoldenArtifacts {

    public static final Path GOLDEN = Path.of("../model-training/src/test/resources/golden").toAbsolutePath()
            .normalize();
    public static final Path TREE = GOLDEN.resolve("rul-tree-v1");
    public static final Path DL4J = GOLDEN.resolve("rul-dl4j-v1");

    private GoldenArtifacts() {
    }

    public static List<EngineUnit> units() throws IOException {
        return CmapssReader.readUnits(GOLDEN.resolve("rul-input.txt"));
    }

    public static double[] expected(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("expected-predictions.txt")).stream().mapToDouble(Double::parseDouble)
                .toArray();
    }

    /** One scorer row per golden input unit, in the layout of the artifact's model kind. */
    public static double[][] rows(Path dir) throws IOException {
        RulPreprocessing prep = new ObjectMapper().readValue(dir.resolve("preprocessing.json").toFile(),
                RulPreprocessing.class);
        boolean tree = Files.exists(dir.resolve(Scorers.TREE_BINARY));
        return units().stream().map(u -> tree ? RulRows.treeRow(prep, u) : RulRows.sequenceRow(prep, u))
                .toArray(double[][]::new);
    }
}
