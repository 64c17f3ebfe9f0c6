package com.kcspeedshop.serving.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreSettingsTest {

    @TempDir
    Path dir;

    @Test
    void shouldOpenAFolderStoreForAPathOrFileUri() throws Exception {
        assertThat(ArtifactStoreSettings.folder(dir).open(Map.of())).isInstanceOf(FolderArtifactStore.class);
        assertThat(new ArtifactStoreSettings(dir.toUri().toString(), null, null, null, dir.toString()).open(Map.of()))
                .isInstanceOf(FolderArtifactStore.class);
    }

    @Test
    void shouldDefaultToAwssRegionalEndpointWithVirtualHostsAndToPathStyleForAnOwnEndpoint() {
        ArtifactStoreSettings aws = new ArtifactStoreSettings("s3://kcs-models/prod", null, "eu-central-1", null, "c");
        ArtifactStoreSettings own = new ArtifactStoreSettings("s3://kcs-models", URI.create("http://minio:9000"),
                null, null, "c");

        assertThat(aws.endpoint()).hasToString("https://s3.eu-central-1.amazonaws.com");
        assertThat(aws.pathStyle()).isFalse();
        assertThat(own.endpoint()).hasToString("http://minio:9000");
        assertThat(own.pathStyle()).isTrue();
        assertThat(own.s3Region()).isEqualTo(ArtifactStoreSettings.DEFAULT_REGION);
        assertThat(S3Location.parse("s3://kcs-models/a/b/")).isEqualTo(new S3Location("kcs-models", "a/b"));
    }

    @Test
    void shouldRefuseBadSettingsWithTheRuleTheyBreak() {
        assertThatThrownBy(() -> new ArtifactStoreSettings("s3://Bad_Bucket", null, null, null, "c"))
                .hasMessageContaining("bucket name");
        assertThatThrownBy(() -> new ArtifactStoreSettings("s3://bucket/../x", null, null, null, "c"))
                .hasMessageContaining("prefix");
        assertThatThrownBy(() -> new ArtifactStoreSettings("gs://bucket", null, null, null, "c"))
                .hasMessageContaining("s3://bucket");
        assertThatThrownBy(() -> new ArtifactStoreSettings("s3://bucket", URI.create("ftp://h"), null, null, "c"))
                .hasMessageContaining("http(s)://host");
        assertThatThrownBy(() -> new ArtifactStoreSettings("s3://bucket", URI.create("http://h/path"), null, null,
                "c")).hasMessageContaining("no path");
        assertThatThrownBy(() -> new ArtifactStoreSettings("s3://bucket", null, "EU West", null, "c"))
                .hasMessageContaining("region");
        assertThatThrownBy(() -> new ArtifactStoreSettings(" ", null, null, null, "c"))
                .hasMessageContaining("empty");
    }
}
