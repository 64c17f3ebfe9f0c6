package com.kcspeedshop.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetVerifierTest {

    private static final Path SHARED = Path.of("../../shared/datasets");

    @Test
    void everyCatalogFileBelongsToAKnownDataset() {
        DatasetCatalog catalog = DatasetCatalog.load();
        assertThat(catalog.files()).hasSizeGreaterThan(50);
        assertThat(catalog.files().keySet()).allMatch(path -> catalog.datasets().stream()
                .anyMatch(d -> path.startsWith(d.folder() + "/")));
    }

    @Test
    void theSharedReferenceCopyMatchesEveryChecksum() {
        assumeTrue(Files.isDirectory(SHARED), "../shared/datasets is not beside this checkout");
        List<DatasetVerifier.Result> results = new DatasetVerifier(DatasetCatalog.load()).verify(SHARED);
        assertThat(results).allMatch(r -> r.status() == DatasetVerifier.Status.OK);
    }

    @Test
    void reportsMissingAndChangedFiles(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("cmapss"));
        Files.writeString(root.resolve("cmapss/RUL_FD001.txt"), "112\n98\n");
        List<DatasetVerifier.Result> results = new DatasetVerifier(DatasetCatalog.load()).verify(root);
        assertThat(results).filteredOn(r -> r.path().equals("cmapss/RUL_FD001.txt")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(DatasetVerifier.Status.CHANGED));
        assertThat(results).filteredOn(r -> r.path().equals("ai4i2020/ai4i2020.csv")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(DatasetVerifier.Status.MISSING));
    }
}
