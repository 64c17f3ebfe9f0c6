package com.kcspeedshop.serving.api;

import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.serving.registry.Evaluation;
import com.kcspeedshop.serving.registry.FolderArtifactStore;
import com.kcspeedshop.serving.registry.ModelRegistry;
import com.kcspeedshop.serving.registry.ModelUpdatePublisher;
import com.kcspeedshop.serving.registry.RegistryFixture;
import com.kcspeedshop.serving.scorer.GoldenArtifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.SpringApplication;

/**
 * The service for the REST benchmark, on the embedded PostgreSQL and Kafka, on port 8090 (or {@code -Dserver.port}).
 * Arguments {@code name=folder[#variant]} register and promote those artifacts; without any it serves the golden tree
 * as {@code rul-tree} and the golden DL4J network as {@code rul-dl4j}. A test-scope
 * main because it needs embedded-infra; the README shows how to start it. Not a test: stop it with Ctrl-C.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Files.createTempDirectory("bench-store-");
        String db = "bench_" + Long.toHexString(System.nanoTime());
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        try (ModelUpdatePublisher publisher = new ModelUpdatePublisher(kafka)) {
            ModelRegistry registry = new ModelRegistry(RegistryFixture.database(db), new FolderArtifactStore(store),
                    publisher, Clock.systemUTC());
            String sha = "e".repeat(64);
            String[] models = args.length > 0 ? args
                    : new String[] {"rul-tree=" + GoldenArtifacts.TREE, "rul-dl4j=" + GoldenArtifacts.DL4J};
            for (String arg : models) {
                String[] nameAndPath = arg.split("=", 2);
                String[] pathAndVariant = nameAndPath[1].split("#", 2);
                registry.promote(registry.register(nameAndPath[0], Path.of(pathAndVariant[0]),
                        pathAndVariant.length > 1 ? pathAndVariant[1] : null,
                        new Evaluation("bench", sha, "rmse", 1, true)).id());
            }
        }
        SpringApplication.run(ServingApplication.class,
                "--serving.registry.jdbc-url=" + SharedInfrastructure.postgres().jdbcUrl(db),
                "--serving.artifact-store=" + store,
                "--serving.kafka.bootstrap-servers=" + kafka,
                "--server.port=" + System.getProperty("server.port", "8090"),
                "--logging.level.root=WARN");
    }
}
