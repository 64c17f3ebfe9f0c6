package com.kcspeedshop.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.artifact.Provenance;
import com.kcspeedshop.training.testdata.SyntheticCmapss;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The two stable commands, end to end on synthetic C-MAPSS files: train writes an artifact, evaluate prints one line. */
class TrainingCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = TrainingCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void trainThenEvaluateShouldWriteAnArtifactAndPrintOneJsonLine(@TempDir Path dir) throws Exception {
        SyntheticCmapss.write(SyntheticCmapss.units(20, 1, 1), dir.resolve("train_FD001.txt"));
        int[] truth = new int[6];
        List<EngineUnit> test = SyntheticCmapss.truncate(SyntheticCmapss.units(6, 2, 1), 3, truth);
        SyntheticCmapss.write(test, dir.resolve("test_FD001.txt"));
        SyntheticCmapss.writeTruth(truth, dir.resolve("RUL_FD001.txt"));

        int code = run("train", "rul", "--subset", "FD001", "--model", "tree", "--data", dir.toString(), "--out",
                dir.resolve("models").toString(), "--trees", "10", "--window", "10", "--rul-cap", "40");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("RUL model rul-FD001-tree-").contains("test            RMSE");
        Path artifact;
        try (Stream<Path> s = Files.list(dir.resolve("models"))) {
            artifact = s.findFirst().orElseThrow();
        }
        Map<String, Object> provenance = Provenance.read(artifact);
        assertThat(provenance).containsKeys("data", "features", "hyperparameters", "seed", "libraries", "metrics",
                "trainingSeconds", "gitCommit");
        assertThat(provenance.get("data").toString()).contains("sha256");

        out.getBuffer().setLength(0);
        code = run("evaluate", "rul", "--model", artifact.getFileName().toString(), "--models",
                dir.resolve("models").toString(), "--test", dir.resolve("test_FD001.txt").toString(), "--truth",
                dir.resolve("RUL_FD001.txt").toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        Map<String, Object> json = new ObjectMapper().readValue(lines.get(0),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(json.keySet()).containsExactly("model", "units", "rmse", "score");
        assertThat(json.get("model")).isEqualTo(artifact.getFileName().toString());
        assertThat(json.get("units")).isEqualTo(6);
        assertThat(((Number) json.get("rmse")).doubleValue()).isBetween(0.0, 40.0);
    }

    @Test
    void evaluateShouldFailWithOneClearLineForAMissingModel(@TempDir Path dir) {
        int code = run("evaluate", "rul", "--model", "nope", "--models", dir.toString(), "--test", "t", "--truth", "r");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("error: no model artifact 'nope'").doesNotContain("Exception");
    }

    @Test
    void evaluateShouldRefuseATruthFileOfAnotherTestSet(@TempDir Path dir) throws Exception {
        SyntheticCmapss.write(SyntheticCmapss.units(20, 1, 1), dir.resolve("train_FD003.txt"));
        assertThat(run("train", "rul", "--subset", "FD003", "--data", dir.toString(), "--out",
                dir.resolve("m").toString(), "--trees", "5", "--window", "10")).isZero();
        assertThat(out.toString()).contains("test            not measured");
        Path artifact;
        try (Stream<Path> s = Files.list(dir.resolve("m"))) {
            artifact = s.findFirst().orElseThrow();
        }
        SyntheticCmapss.write(SyntheticCmapss.units(3, 2, 1), dir.resolve("test.txt"));
        SyntheticCmapss.writeTruth(new int[] {1, 2}, dir.resolve("rul.txt"));
        int code = run("evaluate", "rul", "--model", artifact.toString(), "--test", dir.resolve("test.txt").toString(),
                "--truth", dir.resolve("rul.txt").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("has 2 RUL values but").contains("has 3 units");
    }

    @Test
    void trainShouldRejectAnUnknownSubsetOrModelBeforeReadingAnything() {
        assertThat(run("train", "rul", "--subset", "FD009")).isEqualTo(2);
        assertThat(err.toString()).contains("--subset must be FD001..FD004");
        assertThat(run("train", "rul", "--subset", "FD001", "--model", "svm")).isEqualTo(2);
        assertThat(err.toString()).contains("--model must be tree or dl4j");
        assertThat(run("train", "rul", "--subset", "FD001", "--model", "dl4j", "--architecture", "resnet")).isEqualTo(2);
        assertThat(err.toString()).contains("architecture must be one of [compact, compact-wide, li2018, lstm, cnn-lstm,"
                + " features-mlp],"
                + " was 'resnet'");
        assertThat(run("train", "rul", "--subset", "FD001", "--model", "dl4j", "--architecture", "compact+resnet"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("was 'resnet'");
        assertThat(run("train", "rul", "--subset", "FD001", "--model", "dl4j", "--trend-smoothing", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("trendSmoothing must be in [0, 1) (0 = no trend channels), was 1.0");
        // the default is a mixed ensemble, which has no refit
        assertThat(run("train", "rul", "--subset", "FD001", "--model", "dl4j", "--refit")).isEqualTo(2);
        assertThat(err.toString()).contains("refit does not combine with a mixed ensemble");
        assertThat(run("train", "rul", "--subset", "FD001", "--model", "dl4j", "--refit", "--snapshots", "2"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("refit and snapshots > 1 do not combine");
    }

    @Test
    void helpShouldExplainTheRecipe() {
        assertThat(run("train", "rul", "--help")).isZero();
        assertThat(out.toString()).contains("operating conditions").contains("by unit, never by row")
                .contains("--trend-smoothing=W");
    }
}
