package com.kcspeedshop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LocalStackSettingsTest {

    @Test
    void namesEveryBadSettingAtOnce() {
        assertThatThrownBy(() -> new LocalStackSettings(Path.of("d"), 70_000, 0, 0, -1, Optional.of("no-port"),
                Optional.of("jdbc:mysql://x/y"), "u", "", -3, 1, 0, Duration.ofMillis(5), 0, 1,
                Optional.of("jobmanager"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--http-port must be within 0..65535, got 70000")
                .hasMessageContaining("--postgres-port")
                .hasMessageContaining("--kafka-bootstrap-servers must look like host:port")
                .hasMessageContaining("--jdbc-url must start with jdbc:postgresql://")
                .hasMessageContaining("--vehicles")
                .hasMessageContaining("--flink-parallelism")
                .hasMessageContaining("--checkpoint-interval")
                .hasMessageContaining("--flink-jobmanager must look like host:port")
                .hasMessageContaining("--flink-job-jar is required");
    }

    @Test
    void acceptsExternalServices() {
        LocalStackSettings settings = new LocalStackSettings(Path.of("d"), 8080, 9092, 9093, 15432,
                Optional.of("kafka-1:9092,kafka-2:9092"), Optional.of("jdbc:postgresql://db:5432/kcs"), "kcs", "pw",
                5, 1, 2, Duration.ofSeconds(10), 8081, 2, Optional.of("flink-jm:8081"), Path.of("job.jar"));
        assertThat(settings.externalKafka()).contains("kafka-1:9092,kafka-2:9092");
        assertThat(settings.flinkJobManager()).contains("flink-jm:8081");
        assertThat(settings.withPorts(1, 2, 3, 4).postgresPort()).isEqualTo(4);
    }

    @Test
    void commandLineDefaultsAreValidAndDurationsReadLikePeopleWriteThem() {
        LocalStackCommand command = new LocalStackCommand();
        new CommandLine(command).parseArgs("--checkpoint-interval", "500ms", "--vehicles", "7");
        assertThat(command.checkpointInterval).isEqualTo(Duration.ofMillis(500));
        assertThat(command.vehicles).isEqualTo(7);
        assertThat(command.httpPort).isEqualTo(8080);

        LocalStackCommand.DurationConverter durations = new LocalStackCommand.DurationConverter();
        assertThat(durations.convert("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(durations.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(durations.convert("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> durations.convert("10x")).hasMessageContaining("is not a duration");
    }

    @Test
    void helpTeachesWithExamplesAndEnvironmentVariables() {
        String usage = new CommandLine(new LocalStackCommand()).getUsageMessage();
        assertThat(usage).contains("--data-dir", "KCS_DATA_DIR", "Examples:", "--kafka-bootstrap-servers");
    }
}
