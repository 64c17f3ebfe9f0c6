package com.kcspeedshop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkCheckpointsTest {

    @TempDir
    Path root;

    @Test
    void findsNothingBeforeTheFirstRun() {
        assertThat(new FlinkCheckpoints(root.resolve("missing")).latest()).isEmpty();
        assertThat(new FlinkCheckpoints(root).latest()).isEmpty();
    }

    @Test
    void picksTheNewestCompletedCheckpointAcrossRunsAndIgnoresIncompleteOnes() throws Exception {
        Path oldRun = checkpoint("job-a", "chk-7", 1_000);
        Path newRun = checkpoint("job-b", "chk-3", 2_000);
        Files.createDirectories(root.resolve("job-b/chk-4")); // in progress: no _metadata yet
        assertThat(new FlinkCheckpoints(root).latest()).contains(newRun);
        assertThat(oldRun).exists();
    }

    @Test
    void deletesTheFoldersOfOtherRuns() throws Exception {
        checkpoint("job-a", "chk-7", 1_000);
        Path keep = checkpoint("job-b", "chk-3", 2_000);
        FlinkCheckpoints checkpoints = new FlinkCheckpoints(root);
        checkpoints.deleteAllBut(keep);
        assertThat(root.resolve("job-a")).doesNotExist();
        assertThat(keep.resolve("_metadata")).exists();
    }

    private Path checkpoint(String job, String chk, long modifiedMillis) throws Exception {
        Path dir = Files.createDirectories(root.resolve(job).resolve(chk));
        Path metadata = Files.writeString(dir.resolve("_metadata"), "x");
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(modifiedMillis));
        return dir;
    }
}
