package com.kcspeedshop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A MiniCluster has no high-availability services, so it never resumes by itself. The launcher does it: it restores
 * from the newest completed checkpoint ({@code <dir>/<job-id>/chk-<n>/_metadata}) and removes the folders of older
 * runs, which Flink leaves behind (one per job id).
 */
final class FlinkCheckpoints {

    private final Path root;

    FlinkCheckpoints(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The newest completed checkpoint folder, if any run completed one. */
    Optional<Path> latest() {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(root)) {
            return jobs.filter(Files::isDirectory).flatMap(FlinkCheckpoints::completedCheckpoints)
                    .max(Comparator.comparing(FlinkCheckpoints::modified));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Flink checkpoints in " + root, e);
        }
    }

    /** Deletes every job folder but the one holding {@code keep}. */
    void deleteAllBut(Path keep) {
        Path keepJob = keep.getParent();
        try (Stream<Path> jobs = Files.list(root)) {
            List<Path> stale = jobs.filter(Files::isDirectory).filter(job -> !job.equals(keepJob)).toList();
            stale.forEach(FlinkCheckpoints::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean Flink checkpoints in " + root, e);
        }
    }

    private static Stream<Path> completedCheckpoints(Path jobDir) {
        try (Stream<Path> children = Files.list(jobDir)) {
            return children.filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .filter(p -> Files.exists(p.resolve("_metadata"))).toList().stream();
        } catch (IOException e) {
            return Stream.empty(); // a folder Flink is deleting right now
        }
    }

    private static FileTime modified(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata"));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
