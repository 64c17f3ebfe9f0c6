package com.kcspeedshop.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.training.artifact.Provenance;
import com.kcspeedshop.training.testdata.SyntheticTrips;
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

/** {@code train anomaly} then {@code evaluate anomaly}, end to end on synthetic carOBD trips with a tiny forest. */
class AnomalyCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = TrainingCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void trainThenEvaluateShouldWriteAnArtifactWithProvenanceAndPrintATableAndOneJsonLine(@TempDir Path dir)
            throws Exception {
        SyntheticTrips.write(dir.resolve("trips"), 8, 8, 1);
        int code = run("train", "anomaly", "--algorithm", "isolation-forest", "--data", dir.resolve("trips").toString(),
                "--out", dir.resolve("models").toString(), "--trees", "10", "--sample-size", "64");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Vehicle anomaly model anomaly-obd-isolation-forest-")
                .contains("false alarms on the untouched trips").contains("COOLANT_SENSOR_DRIFT");
        Path artifact;
        try (Stream<Path> s = Files.list(dir.resolve("models"))) {
            artifact = s.findFirst().orElseThrow();
        }
        Map<String, Object> provenance = Provenance.read(artifact);
        assertThat(provenance).containsKeys("data", "split", "features", "hyperparameters", "seed", "libraries",
                "gitCommit", "metrics", "trainingSeconds");
        assertThat(provenance.get("task")).isEqualTo("vehicle-anomaly");
        assertThat(provenance.get("data").toString()).contains("sha256").contains("drive07.csv");

        out.getBuffer().setLength(0);
        code = run("evaluate", "anomaly", "--model", artifact.getFileName().toString(), "--models",
                dir.resolve("models").toString(), "--data", dir.resolve("trips").toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).contains("on the test trips");
        Map<String, Object> json = new ObjectMapper().readValue(lines.get(lines.size() - 1),
                new TypeReference<Map<String, Object>>() { });
        assertThat(json).containsKeys("model", "kind", "falseAlarmsPerHour", "recall", "delayMedianSeconds",
                "delayP90Seconds", "perFault");
        assertThat(json.get("model")).isEqualTo(artifact.getFileName().toString());
        assertThat(json.get("trips")).isEqualTo(2);
        // the same model on the same trips: evaluate repeats what training measured
        @SuppressWarnings("unchecked")
        Map<String, Object> trained = (Map<String, Object>) ((Map<String, Object>) provenance.get("metrics"))
                .get("test");
        assertThat(json.get("falseAlarms")).isEqualTo(trained.get("falseAlarms"));
        assertThat(json.get("detected")).isEqualTo(trained.get("detected"));
        assertThat(json.get("applicable")).isEqualTo(trained.get("applicable"));
    }

    @Test
    void shouldRefuseAnUnknownAlgorithmWithOneClearLine(@TempDir Path dir) {
        int code = run("train", "anomaly", "--algorithm", "svm", "--data", dir.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--algorithm must be isolation-forest or lstm-autoencoder")
                .doesNotContain("Exception");
    }

    @Test
    void shouldSayWhereItLookedWhenTheTripFolderIsMissing(@TempDir Path dir) {
        int code = run("train", "anomaly", "--algorithm", "isolation-forest", "--data",
                dir.resolve("nope").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: no trip folder at").doesNotContain("Exception");
    }
}
