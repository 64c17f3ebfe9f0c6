package com.kcspeedshop.training.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.training.artifact.Artifacts;
import com.kcspeedshop.training.rul.RulEvaluation;
import com.kcspeedshop.training.rul.RulMetrics;
import com.kcspeedshop.training.rul.RulModel;
import com.kcspeedshop.training.rul.RulModels;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate rul}: the stable contract others use to check our figures. Prints exactly one JSON line on stdout,
 * {@code {"model":"<id>","units":N,"rmse":R,"score":S}}; anything else goes to stderr.
 */
@Command(name = "rul", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Score a RUL model on any C-MAPSS-format test set: predict after the last cycle of each test unit,",
            "compare with the truth file (line i = true RUL of unit i) and print one JSON line:",
            "  {\"model\":\"<id>\",\"units\":N,\"rmse\":R,\"score\":S}",
            "score is the PHM08 asymmetric score (late predictions cost more). Exit code 1 on any error.",
            ""})
final class EvaluateRulCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR|ID",
            description = "Artifact folder, or an artifact id under --models.")
    String model;

    @Option(names = "--test", required = true, paramLabel = "FILE", description = "test_FD00x.txt")
    Path test;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "RUL_FD00x.txt")
    Path truth;

    @Option(names = "--models", defaultValue = "models", paramLabel = "DIR",
            description = "Where ids are looked up. Default: ${DEFAULT-VALUE}.")
    Path root;

    @Override
    public Integer call() throws Exception {
        Path dir = Artifacts.resolve(model, root);
        RulModel loaded = RulModels.load(dir);
        RulMetrics m = RulEvaluation.onTestSet(loaded, test, truth);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("model", dir.toAbsolutePath().normalize().getFileName().toString());
        line.put("units", m.units());
        line.put("rmse", round(m.rmse()));
        line.put("score", round(m.score()));
        spec.commandLine().getOut().println(JSON.writeValueAsString(line));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Four decimals: stable across platforms' last-bit float noise, precise enough for any comparison. */
    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
