package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.Topics;
import com.kcspeedshop.flink.config.JobConfigException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.junit.jupiter.api.Test;

/** The health job's typed config: defaults, the fast-path alert default, and failing fast on bad values. */
class HealthJobConfigTest {

    private static Map<String, String> minimal() {
        return new HashMap<>(Map.of("kafka.bootstrap-servers", "localhost:9092",
                "jdbc.url", "jdbc:postgresql://localhost:5432/kc", "jdbc.user", "kc"));
    }

    @Test
    void shouldDefaultToExactlyOnceResultsAndAnAtLeastOnceAlertFastPath() {
        HealthJobConfig config = HealthJobConfig.fromMap(minimal());

        assertThat(config.deliveryGuarantee()).isEqualTo(DeliveryGuarantee.EXACTLY_ONCE);
        assertThat(config.alertsDeliveryGuarantee()).isEqualTo(DeliveryGuarantee.AT_LEAST_ONCE);
        assertThat(config.topics().healthScores()).isEqualTo(Topics.HEALTH_SCORES);
        assertThat(config.topics().alerts()).isEqualTo(Topics.ALERTS);
        assertThat(config.topics().anomalies()).isEqualTo(Topics.ANOMALIES);
        assertThat(config.stateTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(config.bufferTimeout()).as("alert fast path").isEqualTo(Duration.ofMillis(5));
        assertThat(config.ingest().consumer()).isEqualTo(HealthJob.JOB_NAME);
        assertThat(config.jdbc().toString()).doesNotContain("secret");
    }

    @Test
    void shouldReadArgumentsInBothForms() {
        HealthJobConfig config = HealthJobConfig.fromArgs("--kafka.bootstrap-servers", "b:1", "--jdbc.url=jdbc:postgresql://h/d",
                "--jdbc.user", "u", "--state.vehicle-ttl", "12h", "--parallelism=3", "--latency.buffer-timeout", "0");
        assertThat(config.stateTtl()).isEqualTo(Duration.ofHours(12));
        assertThat(config.parallelism()).hasValue(3);
        assertThat(config.bufferTimeout()).isZero();

        org.apache.flink.streaming.api.environment.StreamExecutionEnvironment env =
                org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.getExecutionEnvironment();
        config.applyTo(env);
        assertThat(env.getParallelism()).isEqualTo(3);
        assertThat(env.getBufferTimeout()).isZero();
        assertThat(env.getConfig().isObjectReuseEnabled()).as("all records are immutable").isTrue();
    }

    @Test
    void shouldNameTheKeyOfAMissingOrBadValue() {
        Map<String, String> noServers = minimal();
        noServers.remove("kafka.bootstrap-servers");
        assertThatThrownBy(() -> HealthJobConfig.fromMap(noServers)).isInstanceOf(JobConfigException.class)
                .hasMessageContaining("--kafka.bootstrap-servers is required");

        Map<String, String> badTtl = minimal();
        badTtl.put("state.vehicle-ttl", "forever");
        assertThatThrownBy(() -> HealthJobConfig.fromMap(badTtl)).isInstanceOf(JobConfigException.class)
                .hasMessageContaining("--state.vehicle-ttl").hasMessageContaining("'forever'");

        Map<String, String> unknown = minimal();
        unknown.put("window.size", "10s");
        assertThatThrownBy(() -> HealthJobConfig.fromMap(unknown)).isInstanceOf(JobConfigException.class)
                .hasMessageContaining("not a setting of the vehicle-health job");
    }

    @Test
    void shouldRefuseATransactionTimeoutNotLongerThanTheCheckpointInterval() {
        Map<String, String> settings = minimal();
        settings.put("checkpoint.interval", "2m");
        settings.put("kafka.transaction-timeout", "1m");
        assertThatThrownBy(() -> HealthJobConfig.fromMap(settings)).isInstanceOf(JobConfigException.class)
                .hasMessageContaining("--kafka.transaction-timeout").hasMessageContaining("checkpoint.interval");
    }
}
