package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.collector.publish.PublishStats;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code decode} and {@code replay} commands as a user runs them: stdin/stdout, help, option validation. */
class DecodeReplayCliTest {

    private final CliRun cli = new CliRun();

    @Test
    void shouldDecodeStdinToOneJsonLinePerInputLine() throws Exception {
        // [DSH39] (ELM327DSH p. 39) 01 05 reply with headers, then a line that is not JSON
        String stdin = "{\"request\":\"0105\",\"response\":\"7E8 03 41 05 46 00 00 00 00\"}\nnot json\n";
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int exit;
        try {
            exit = cli.run("decode");
        } finally {
            System.setIn(original);
        }

        assertThat(exit).isZero();
        String[] lines = cli.out.toString().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertThat(first.at("/ecus/0/results/0/values/0/name").asText()).isEqualTo("COOLANT_TEMP");
        assertThat(first.at("/ecus/0/results/0/values/0/value").asDouble()).isEqualTo(30.0);
        assertThat(json.readTree(lines[1]).at("/error/type").asText()).isEqualTo("bad-input");
    }

    @Test
    void shouldTeachDecodeAndReplayInTheirHelp() {
        assertThat(cli.run("decode", "--help")).isZero();
        assertThat(cli.out.toString()).contains("\"request\":\"010C\"", "bad-input", "Example:", "\"v\":1");
        assertThat(cli.run("replay", "--help")).isZero();
        assertThat(cli.out.toString()).contains("--file=FILE", "--format=kit|carobd|auto", "--speed=1|10|max",
                "--keep-time", "--vin=VIN", "Default: auto", "Example:", "kcs-collector replay --file");
    }

    @Test
    void shouldRejectBadReplayOptionsBeforeConnecting() {
        assertThat(cli.run("replay", "--file", "no-such-file.csv", "--bootstrap-servers", "kafka:9092")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("no-such-file.csv is not a readable file");
        assertThat(cli.run("replay", "--file", "pom.xml", "--format", "xml", "--bootstrap-servers", "kafka:9092"))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("use kit, carobd or auto");
        assertThat(cli.run("replay", "--file", "pom.xml", "--bootstrap-servers", "kafka:9092")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("neither a KIT log");
    }

    @Test
    void shouldDrawAProgressBarInTheStatusLine() {
        String line = ReplayProgress.line(250, 1000, Duration.ofSeconds(65), new PublishStats(250, 240, 0, null));

        assertThat(line).startsWith("[00:01:05] [#####...............] 250/1,000 (25%) readings sent 240");
    }
}
