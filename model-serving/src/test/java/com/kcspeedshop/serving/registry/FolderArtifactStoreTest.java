package com.kcspeedshop.serving.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.serving.scorer.GoldenArtifacts;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderArtifactStoreTest {

    @TempDir
    Path root;

    @Test
    void shouldCopyTheFolderUnderItsIdAndFetchItBackByUri() throws Exception {
        FolderArtifactStore store = new FolderArtifactStore(root);

        URI uri = store.put("ai4i-failure-xgb+rf-20261125T235144Z.xgboost", GoldenArtifacts.TREE);

        Path fetched = store.fetch(uri);
        assertThat(fetched).isEqualTo(root.toAbsolutePath().resolve("ai4i-failure-xgb+rf-20261125T235144Z.xgboost"));
        assertThat(Files.mismatch(fetched.resolve("model.tribuo"), GoldenArtifacts.TREE.resolve("model.tribuo")))
                .isEqualTo(-1L);
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".incoming"));
        }
    }

    @Test
    void shouldRefuseToOverwriteAnIdOrStoreSomethingThatIsNoFolder() throws Exception {
        FolderArtifactStore store = new FolderArtifactStore(root);
        store.put("a", GoldenArtifacts.TREE);

        assertThatThrownBy(() -> store.put("a", GoldenArtifacts.DL4J)).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> store.put("b", root.resolve("missing"))).hasMessageContaining("not an artifact");
        assertThatThrownBy(() -> store.put("../escape", GoldenArtifacts.TREE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.fetch(URI.create("s3://bucket/a"))).hasMessageContaining("file: URIs only");
    }

    @Test
    void shouldRefuseAStoredArtifactWhoseFilesChangedOrThatHasNoChecksums() throws Exception {
        FolderArtifactStore store = new FolderArtifactStore(root);
        URI uri = store.put("tree", GoldenArtifacts.TREE);
        assertThat(Files.readString(store.fetch(uri).resolve(Manifest.FILE))).contains("  model.tribuo\n");

        Files.writeString(root.resolve("tree").resolve("preprocessing.json"), "{}");
        assertThatThrownBy(() -> store.fetch(uri)).isInstanceOf(ArtifactIntegrityException.class)
                .hasMessageContaining("sha256 of preprocessing.json");

        Files.delete(root.resolve("tree").resolve(Manifest.FILE));
        assertThatThrownBy(() -> store.fetch(uri)).isInstanceOf(ArtifactIntegrityException.class)
                .hasMessageContaining("no SHA256SUMS");
    }
}
