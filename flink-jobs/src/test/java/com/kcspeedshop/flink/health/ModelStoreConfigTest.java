package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.flink.config.JobConfigException;
import com.kcspeedshop.serving.registry.ArtifactStoreSettings;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The health job's {@code models.*} options: where promoted anomaly models are fetched from. */
class ModelStoreConfigTest {

    private static Map<String, String> minimal() {
        return new HashMap<>(Map.of("kafka.bootstrap-servers", "localhost:9092",
                "jdbc.url", "jdbc:postgresql://localhost:5432/kc", "jdbc.user", "kc"));
    }

    @Test
    void shouldDefaultToTheRegistryClisFolderStore() {
        ArtifactStoreSettings store = HealthJobConfig.fromMap(minimal()).artifactStore();

        assertThat(store.s3()).isFalse();
        assertThat(store.location()).isEqualTo("models/registry");
    }

    @Test
    void shouldReadAnS3StoreWithItsEndpointRegionAndPathStyle() {
        Map<String, String> s = minimal();
        s.put("models.artifact-store", "s3://kcs-models/prod");
        s.put("models.s3-endpoint", "http://minio:9000");
        s.put("models.s3-region", "eu-central-1");
        s.put("models.s3-path-style", "false");
        s.put("models.cache-dir", "/var/cache/kcs");

        ArtifactStoreSettings store = HealthJobConfig.fromMap(s).artifactStore();

        assertThat(store.s3()).isTrue();
        assertThat(store.endpoint()).hasToString("http://minio:9000");
        assertThat(store.s3Region()).isEqualTo("eu-central-1");
        assertThat(store.pathStyle()).isFalse();
        assertThat(store.cacheDir()).isEqualTo("/var/cache/kcs");
    }

    @Test
    void shouldFailFastOnABadStoreNamingTheKey() {
        Map<String, String> badBucket = minimal();
        badBucket.put("models.artifact-store", "s3://Not_A_Bucket");
        assertThatThrownBy(() -> HealthJobConfig.fromMap(badBucket)).isInstanceOf(JobConfigException.class)
                .hasMessageContaining("models.artifact-store").hasMessageContaining("bucket name");

        Map<String, String> badEndpoint = minimal();
        badEndpoint.put("models.artifact-store", "s3://kcs-models");
        badEndpoint.put("models.s3-endpoint", "minio:9000/x y");
        assertThatThrownBy(() -> HealthJobConfig.fromMap(badEndpoint)).isInstanceOf(JobConfigException.class)
                .hasMessageContaining("models.s3-endpoint");

        Map<String, String> badPathStyle = minimal();
        badPathStyle.put("models.s3-path-style", "sometimes");
        assertThatThrownBy(() -> HealthJobConfig.fromMap(badPathStyle)).isInstanceOf(JobConfigException.class)
                .hasMessageContaining("models.s3-path-style");
    }
}
