package com.kcspeedshop.collector.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable half of store-and-forward for adapter fingerprints: one small file per record in a folder
 * (normally {@code <journal-dir>/fingerprints}), written to a temporary name, forced to disk and renamed, so a crash
 * leaves either the whole record or none. A record's file is deleted only once Kafka acknowledged it.
 *
 * <p>Why files and not the reading journal: a fingerprint comes once per connection (a few a day), is a different
 * record on a different topic, and must not take a place in the readings' sequence; a file each is simple and fast
 * enough at that rate. Bounded at {@link #MAX_RECORDS}: when full, the oldest record is dropped (logged), since the
 * newest fingerprint is the one that describes the adapter in use.
 *
 * <p>File format: the record key (VIN) on the first line, the JSON value on the second. Thread-safe.
 */
final class FingerprintOutbox {

    static final int MAX_RECORDS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(FingerprintOutbox.class);
    private static final String SUFFIX = ".fp";

    /** One record waiting for Kafka's acknowledgement. */
    record Pending(Path file, String key, String value) {
    }

    private final Path directory;
    private long nextNumber;

    FingerprintOutbox(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path leftover : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                    Files.delete(leftover); // a crash between write and rename: that record was never accepted
                }
            }
            List<Path> existing = files();
            nextNumber = existing.isEmpty() ? 0 : number(existing.get(existing.size() - 1)) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use fingerprint outbox " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Stores the record durably; when this returns, it survives a crash. */
    synchronized void add(String key, String value) {
        try {
            List<Path> existing = files();
            for (int i = 0; i <= existing.size() - MAX_RECORDS; i++) {
                LOG.warn("fingerprint outbox {} full ({} records): dropping the oldest, {}", directory, MAX_RECORDS,
                        existing.get(i).getFileName());
                Files.deleteIfExists(existing.get(i));
            }
            String name = String.format("%019d", nextNumber++) + SUFFIX;
            Path tmp = directory.resolve(name + ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap((key + "\n" + value + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(tmp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            forceDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a fingerprint in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The records not yet acknowledged, oldest first. A file that cannot be read is set aside as {@code .bad}. */
    synchronized List<Pending> pending() {
        List<Pending> pending = new ArrayList<>();
        try {
            for (Path file : files()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() != 2 || lines.get(0).isEmpty() || lines.get(1).isEmpty()) {
                    LOG.warn("fingerprint outbox: {} is not a key line and a value line; set aside as .bad", file);
                    Files.move(file, file.resolveSibling(file.getFileName() + ".bad"),
                            StandardCopyOption.REPLACE_EXISTING);
                    continue;
                }
                pending.add(new Pending(file, lines.get(0), lines.get(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fingerprint outbox " + directory + ": " + e.getMessage(), e);
        }
        return pending;
    }

    /** Forgets a record Kafka acknowledged. */
    synchronized void remove(Pending acknowledged) {
        try {
            Files.deleteIfExists(acknowledged.file());
        } catch (IOException e) {
            // it would be sent again after a restart: a duplicate, which consumers tolerate, not a loss
            LOG.warn("cannot delete acknowledged fingerprint {}: {}", acknowledged.file(), e.getMessage());
        }
    }

    synchronized int size() {
        try {
            return files().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return directory;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{19}\\" + SUFFIX)).sorted().toList();
        }
    }

    private static long number(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    /** Makes the rename itself durable (POSIX: a directory's entries are forced through the directory). */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.debug("cannot force directory {} (not supported here): {}", directory, e.getMessage());
        }
    }
}
