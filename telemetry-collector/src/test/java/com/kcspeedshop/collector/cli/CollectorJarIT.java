package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged collector as a user runs it: {@code java -jar target/kcspeedshop-collector.jar}, a separate process
 * with nothing on its class path but the jar. Failsafe runs after {@code package}, so the jar is this build's.
 */
class CollectorJarIT {

    private static final Path JAR = Path.of("target", "kcspeedshop-collector.jar");

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result javaJar(String stdin, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the runnable jar; built by './mvnw -DskipTests package'").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("collector-jar", ".out");
        Path err = Files.createTempFile("collector-jar", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void shouldTeachItsCommandsWithHelp() throws Exception {
        Result help = javaJar("", "--help");
        assertThat(help.exitCode()).as(help.stderr()).isZero();
        assertThat(help.stdout()).contains("Usage: kcs-collector", "run", "scan", "dtc", "simulate", "replay",
                "decode");
    }

    @Test
    void shouldDecodeOneStdinLineToOneJsonLine() throws Exception {
        Result decoded = javaJar("{\"request\":\"010C\",\"response\":\"41 0C 1A F8\"}\n", "decode");
        assertThat(decoded.exitCode()).as(decoded.stderr()).isZero();
        List<String> lines = decoded.stdout().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("ok").asBoolean()).isTrue();
        JsonNode value = line.get("ecus").get(0).get("results").get(0).get("values").get(0);
        assertThat(value.get("name").asText()).isEqualTo("ENGINE_RPM");
        // SAE J1979 PID 0C: (256 A + B) / 4 = (256 * 0x1A + 0xF8) / 4
        assertThat(value.get("value").asDouble()).isEqualTo((256 * 0x1A + 0xF8) / 4.0);
        assertThat(value.get("unit").asText()).isEqualTo("rpm");
    }
}
