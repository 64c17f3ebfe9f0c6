package com.kcspeedshop.infra;

import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One Kafka broker and one PostgreSQL server per JVM, started on first use in a temporary folder and stopped when the
 * JVM exits. Integration tests share them (starting each costs 2-4 s); a test isolates itself with its own topics and
 * its own database ({@link EmbeddedPostgresServer#createDatabase}).
 */
public final class SharedInfrastructure {

    private SharedInfrastructure() {
    }

    public static EmbeddedKafka kafka() {
        return KafkaHolder.KAFKA;
    }

    public static EmbeddedPostgresServer postgres() {
        return PostgresHolder.POSTGRES;
    }

    // holder classes: each server starts only when first asked for, exactly once, thread-safely
    private static final class KafkaHolder {
        private static final Path DIR = tempDir("kafka");
        static final EmbeddedKafka KAFKA = stopAtExit(EmbeddedKafka.start(DIR, 0, 0), DIR);
    }

    private static final class PostgresHolder {
        private static final Path DIR = tempDir("postgres");
        static final EmbeddedPostgresServer POSTGRES = stopAtExit(EmbeddedPostgresServer.start(DIR, 0), DIR);
    }

    /** Stops the server, then deletes its folder: one hook, because shutdown hooks run concurrently. */
    private static <T extends AutoCloseable> T stopAtExit(T server, Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("shared test infrastructure did not stop cleanly: " + e);
            }
            deleteQuietly(dir);
        }, "stop-" + server.getClass().getSimpleName()));
        return server;
    }

    private static Path tempDir(String name) {
        try {
            return Files.createTempDirectory("kcspeedshop-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: it is a temp folder
        }
    }
}
