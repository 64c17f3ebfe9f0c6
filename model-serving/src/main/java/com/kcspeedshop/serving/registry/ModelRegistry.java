package com.kcspeedshop.serving.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.training.artifact.Provenance;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Register, promote and look up models. Promotion runs in one transaction that locks the name's rows, so two
 * concurrent promotions of one name serialise; the {@code ModelUpdate} is published after the commit (a consumer
 * never learns of a champion the database does not have). Promoting the current champion again only republishes.
 */
public final class ModelRegistry {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "model_id, model_name, stage, artifact_uri, provenance::text, metrics::text,"
            + " eval_set_id, eval_data_sha256, eval_metric, eval_value, lower_is_better, created_at, promoted_at,"
            + " archived_at";

    /** The same rule as {@code ModelUpdate.modelName} and the table's check constraint. */
    private static final java.util.regex.Pattern MODEL_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    private final DataSource db;
    private final ArtifactStore store;
    private final ModelUpdatePublisher publisher;
    private final Clock clock;

    public ModelRegistry(DataSource db, ArtifactStore store, ModelUpdatePublisher publisher, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.store = Objects.requireNonNull(store, "store");
        this.publisher = publisher;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Copies the artifact folder into the store and records it as a candidate.
     *
     * @param variant which model of a multi-model folder (AI4I: {@code xgboost} or {@code random-forest}); else null
     */
    public RegisteredModel register(String name, Path folder, String variant, Evaluation evaluation)
            throws IOException, SQLException {
        if (name == null || !MODEL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("model name must be 1-128 characters of a-z, 0-9, '.', '_' and '-', "
                    + "starting with a letter or digit, got: " + name);
        }
        Map<String, Object> provenance = Files.exists(folder.resolve(Provenance.FILE)) ? Provenance.read(folder)
                : Map.of();
        String artifactId = String.valueOf(provenance.getOrDefault("id", folder.getFileName().toString()));
        String id = variant == null ? artifactId : artifactId + "." + variant;
        URI stored = store.put(id, folder);
        String uri = variant == null ? stored.toString() : stored + "#" + variant;
        Object metrics = provenance.getOrDefault("metrics", Map.of());
        Instant now = clock.instant();
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement("INSERT INTO model_registry"
                + " (model_id, model_name, stage, artifact_uri, provenance, metrics, eval_set_id, eval_data_sha256,"
                + " eval_metric, eval_value, lower_is_better, created_at)"
                + " VALUES (?, ?, 'CANDIDATE', ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, id);
            st.setString(2, name);
            st.setString(3, uri);
            st.setString(4, JSON.writeValueAsString(provenance));
            st.setString(5, JSON.writeValueAsString(metrics));
            st.setString(6, evaluation.setId());
            st.setString(7, evaluation.dataSha256());
            st.setString(8, evaluation.metric());
            st.setDouble(9, evaluation.value());
            st.setBoolean(10, evaluation.lowerIsBetter());
            st.setTimestamp(11, Timestamp.from(now));
            st.executeUpdate();
        }
        return show(id).orElseThrow();
    }

    /**
     * Makes {@code id} the champion of its name if it beats the current one on the same evaluation; archives the old
     * champion and publishes the update.
     *
     * @throws PromotionRefusedException with both models' figures when the rules forbid it
     */
    public RegisteredModel promote(String id) throws SQLException {
        RegisteredModel promoted;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                RegisteredModel challenger = lockOne(c, id);
                if (challenger.stage() == Stage.ARCHIVED) {
                    throw new PromotionRefusedException(id + " is archived; register the artifact again to reuse it");
                }
                if (challenger.stage() == Stage.CANDIDATE) {
                    Optional<RegisteredModel> champion = lockChampion(c, challenger.name());
                    champion.ifPresent(ch -> checkBeats(challenger, ch));
                    Instant now = clock.instant();
                    if (champion.isPresent()) {
                        setStage(c, champion.get().id(), Stage.ARCHIVED, "archived_at", now);
                    }
                    setStage(c, id, Stage.CHAMPION, "promoted_at", now);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            promoted = show(id).orElseThrow();
        }
        if (publisher != null) {
            publisher.publish(new ModelUpdate(promoted.name(), promoted.id(), ModelAction.PROMOTED,
                    promoted.artifactUri(), clock.instant()));
        }
        return promoted;
    }

    private static void checkBeats(RegisteredModel challenger, RegisteredModel champion) {
        Evaluation a = challenger.evaluation();
        Evaluation b = champion.evaluation();
        String why = a.whyNotComparable(b);
        if (why != null) {
            throw new PromotionRefusedException("cannot compare " + challenger.id() + " with champion "
                    + champion.id() + ": " + why + ". Evaluate both on the same set to promote.");
        }
        if (!a.beats(b)) {
            throw new PromotionRefusedException(String.format(java.util.Locale.ROOT,
                    "%s does not beat champion %s on %s: %s %.6g vs %.6g (%s is better; a tie keeps the champion)",
                    challenger.id(), champion.id(), a.setId(), a.metric(), a.value(), b.value(),
                    a.lowerIsBetter() ? "lower" : "higher"));
        }
    }

    public Optional<RegisteredModel> show(String id) throws SQLException {
        List<RegisteredModel> rows = query("SELECT " + COLUMNS + " FROM model_registry WHERE model_id = ?", id);
        return rows.stream().findFirst();
    }

    /** Every model of {@code name} (all names when null), newest first. */
    public List<RegisteredModel> list(String name) throws SQLException {
        return name == null
                ? query("SELECT " + COLUMNS + " FROM model_registry ORDER BY model_name, created_at DESC")
                : query("SELECT " + COLUMNS + " FROM model_registry WHERE model_name = ? ORDER BY created_at DESC",
                        name);
    }

    /** The current champion of every name: what a service serves at startup. */
    public List<RegisteredModel> champions() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM model_registry WHERE stage = 'CHAMPION' ORDER BY model_name");
    }

    public ArtifactStore store() {
        return store;
    }

    private RegisteredModel lockOne(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                + " FROM model_registry WHERE model_id = ? FOR UPDATE")) {
            st.setString(1, id);
            List<RegisteredModel> rows = read(st);
            if (rows.isEmpty()) {
                throw new PromotionRefusedException("no registered model with id " + id);
            }
            return rows.get(0);
        }
    }

    private Optional<RegisteredModel> lockChampion(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                + " FROM model_registry WHERE model_name = ? AND stage = 'CHAMPION' FOR UPDATE")) {
            st.setString(1, name);
            return read(st).stream().findFirst();
        }
    }

    private static void setStage(Connection c, String id, Stage stage, String timeColumn, Instant at)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE model_registry SET stage = ?, " + timeColumn
                + " = ? WHERE model_id = ?")) {
            st.setString(1, stage.name());
            st.setTimestamp(2, Timestamp.from(at));
            st.setString(3, id);
            st.executeUpdate();
        }
    }

    private List<RegisteredModel> query(String sql, String... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            return read(st);
        }
    }

    private static List<RegisteredModel> read(PreparedStatement st) throws SQLException {
        List<RegisteredModel> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new RegisteredModel(rs.getString(1), rs.getString(2), Stage.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        new Evaluation(rs.getString(7), rs.getString(8), rs.getString(9), rs.getDouble(10),
                                rs.getBoolean(11)),
                        instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14))));
            }
        }
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
