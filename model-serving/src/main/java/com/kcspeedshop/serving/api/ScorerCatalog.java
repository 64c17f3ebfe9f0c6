package com.kcspeedshop.serving.api;

import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.serving.registry.ArtifactStore;
import com.kcspeedshop.serving.scorer.ModelLoadException;
import com.kcspeedshop.serving.scorer.Scorer;
import com.kcspeedshop.serving.scorer.Scorers;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scorers being served, by model name. A new model is loaded completely before it replaces the old one in a single
 * map write, so a request sees either the old or the new model, never a half-loaded one; if loading fails the old one
 * keeps serving. Updates older than the one applied for a name are ignored (Kafka replays from the start).
 */
public class ScorerCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ScorerCatalog.class);

    /** @param registryId the registry's id of the artifact, which an update names */
    private record Served(Scorer scorer, String registryId, Instant since) {
    }

    private final ArtifactStore store;
    private final Map<String, Served> served = new ConcurrentHashMap<>();

    public ScorerCatalog(ArtifactStore store) {
        this.store = store;
    }

    public Optional<Scorer> get(String name) {
        Served s = served.get(name);
        return s == null ? Optional.empty() : Optional.of(s.scorer());
    }

    public Collection<Scorer> all() {
        return served.values().stream().map(Served::scorer)
                .sorted(java.util.Comparator.comparing(s -> s.metadata().name())).toList();
    }

    /** Loads {@code artifact} and serves it as {@code name}; throws (and changes nothing) if it does not load. */
    public Scorer serve(String name, String registryId, String artifactUri, Instant since) throws IOException {
        URI uri = URI.create(artifactUri);
        Scorer scorer = Scorers.load(store.fetch(uri), uri.getFragment(), name);
        served.put(name, new Served(scorer, registryId, since));
        return scorer;
    }

    /** Applies a promotion or retirement; false when it was stale, already applied, or its artifact failed to load. */
    public synchronized boolean apply(ModelUpdate update) {
        Served current = served.get(update.modelName());
        if (current != null && update.publishedAt().isBefore(current.since())) {
            return false;
        }
        if (update.action() == ModelAction.RETIRED) {
            served.remove(update.modelName());
            return true;
        }
        if (current != null && current.registryId().equals(update.modelId())) {
            served.put(update.modelName(), new Served(current.scorer(), current.registryId(), update.publishedAt()));
            return false;
        }
        try {
            Scorer loaded = serve(update.modelName(), update.modelId(), update.artifactUri(), update.publishedAt());
            LOG.info("serving {} as {}", loaded.metadata().id(), update.modelName());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.error("model {} ({}) did not load; still serving {}: {}", update.modelName(), update.modelId(),
                    current == null ? "nothing" : current.scorer().metadata().id(),
                    e instanceof ModelLoadException ? e.getMessage() : e.toString());
            return false;
        }
    }
}
