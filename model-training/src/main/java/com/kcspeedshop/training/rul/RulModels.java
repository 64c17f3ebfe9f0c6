package com.kcspeedshop.training.rul;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a RUL model from an artifact folder, whichever library trained it. */
public final class RulModels {

    static final String PREPROCESSING = "preprocessing.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RulModels() {
    }

    public static RulModel load(Path dir) throws IOException {
        Path prepFile = dir.resolve(PREPROCESSING);
        if (!Files.isReadable(prepFile)) {
            throw new IOException(dir + " is not a RUL artifact: " + PREPROCESSING + " is missing");
        }
        RulPreprocessing prep = JSON.readValue(prepFile.toFile(), RulPreprocessing.class);
        if (Files.exists(dir.resolve(TreeRulModel.BINARY))) {
            return TreeRulModel.load(dir.resolve(TreeRulModel.BINARY), prep);
        }
        if (Dl4jRulModel.isIn(dir)) {
            return Dl4jRulModel.load(dir, prep);
        }
        throw new IOException(dir + " has neither " + TreeRulModel.BINARY + " nor " + Dl4jRulModel.BINARY + " nor "
                + Dl4jRulModel.memberFile(dir, 1).getFileName());
    }

    static void writePreprocessing(RulPreprocessing prep, Path dir) throws IOException {
        Files.createDirectories(dir);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(PREPROCESSING).toFile(), prep);
    }
}
