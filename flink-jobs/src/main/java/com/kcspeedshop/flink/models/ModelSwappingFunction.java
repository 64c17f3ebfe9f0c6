package com.kcspeedshop.flink.models;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.events.Topics;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of a keyed operator that scores with models it swaps live: the second input is the broadcast stream of {@link
 * ModelUpdate}s ({@link ModelUpdates#broadcast}), and {@link #model} returns the scorer of the newest update for a
 * model name, loading it on first use. Subclasses implement {@code processElement} and call {@link #model}.
 *
 * <p>Broadcast state ({@link #MODEL_UPDATES}) holds the newest update per model name, identical on every subtask
 * because each decision depends only on the update and that state: an update no newer ({@code publishedAt}) than the
 * one held is ignored, so a replayed or reordered control topic cannot roll a model back; a retirement is held too,
 * so an older promotion arriving late cannot revive the model. The state is checkpointed; loaded scorers are not:
 * after a restore each subtask reloads on first use.
 *
 * <p>A loader failure never fails the job: the subtask counts it ({@value #LOAD_FAILURES_METRIC}), logs it, emits a
 * {@link DeadLetter} with the reason to {@link #LOAD_FAILURES} (the update's encoded bytes as payload, so it can be
 * replayed once fixed; one per subtask that failed, named in {@code consumer}), keeps scoring with the scorer it had
 * (or none), and does not retry that model id until a newer update arrives.
 *
 * @param <K>   key of the scored stream
 * @param <IN>  scored elements
 * @param <OUT> results
 * @param <S>   the loaded scorer
 */
public abstract class ModelSwappingFunction<K, IN, OUT, S>
        extends KeyedBroadcastProcessFunction<K, IN, ModelUpdate, OUT> {

    /** The broadcast state: newest update per model name. Pass it to {@code broadcast(...)} and to test harnesses. */
    public static final MapStateDescriptor<String, ModelUpdate> MODEL_UPDATES = new MapStateDescriptor<>(
            "model-updates", Types.STRING, TypeInformation.of(ModelUpdate.class));

    /** Operator metric: scorers loaded (one per model id and subtask, again after a restore). */
    public static final String SWAPS_METRIC = "modelSwaps";
    /** Operator metric: updates ignored because the state held a newer one. */
    public static final String STALE_METRIC = "staleModelUpdates";
    /** Operator metric: artifacts the loader could not load. */
    public static final String LOAD_FAILURES_METRIC = "modelLoadFailures";
    /** Side output: one dead letter per failed load, for the job's dead-letter topic. */
    public static final OutputTag<DeadLetter> LOAD_FAILURES = new OutputTag<>("model-load-failures",
            TypeInformation.of(DeadLetter.class));

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModelSwappingFunction.class);

    private final ModelLoader<S> loader;
    // per subtask, not state: model name -> the model id last attempted and the scorer in use
    private transient Map<String, Loaded<S>> loaded;
    private transient Counter swaps;
    private transient Counter stale;
    private transient Counter loadFailures;

    protected ModelSwappingFunction(ModelLoader<S> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        loaded = new HashMap<>();
        swaps = getRuntimeContext().getMetricGroup().counter(SWAPS_METRIC);
        stale = getRuntimeContext().getMetricGroup().counter(STALE_METRIC);
        loadFailures = getRuntimeContext().getMetricGroup().counter(LOAD_FAILURES_METRIC);
    }

    @Override
    public final void processBroadcastElement(ModelUpdate update, Context ctx, Collector<OUT> out) throws Exception {
        BroadcastState<String, ModelUpdate> state = ctx.getBroadcastState(MODEL_UPDATES);
        ModelUpdate held = state.get(update.modelName());
        if (held != null && !update.publishedAt().isAfter(held.publishedAt())) {
            stale.inc();
            return;
        }
        state.put(update.modelName(), update);
        // load now, so the first element after a promotion does not wait
        resolve(update.modelName(), update, failure -> ctx.output(LOAD_FAILURES, failure));
    }

    /**
     * The scorer of the newest promoted update for {@code modelName}; empty when there is none, the model was retired,
     * or its artifact never loaded.
     */
    protected final Optional<S> model(String modelName, ReadOnlyContext ctx) throws Exception {
        ReadOnlyBroadcastState<String, ModelUpdate> state = ctx.getBroadcastState(MODEL_UPDATES);
        return resolve(modelName, state.get(modelName), failure -> ctx.output(LOAD_FAILURES, failure));
    }

    /** The model id currently scoring for {@code modelName} on this subtask, if any; for logs, outputs and tests. */
    protected final Optional<String> loadedModelId(String modelName) {
        Loaded<S> current = loaded.get(modelName);
        return current == null || current.scorer == null ? Optional.empty() : Optional.of(current.servingId);
    }

    long swapCount() {
        return swaps.getCount();
    }

    long staleCount() {
        return stale.getCount();
    }

    long loadFailureCount() {
        return loadFailures.getCount();
    }

    private Optional<S> resolve(String modelName, ModelUpdate newest, Consumer<DeadLetter> failures) {
        if (newest == null || newest.action() == ModelAction.RETIRED) {
            loaded.remove(modelName);
            return Optional.empty();
        }
        Loaded<S> current = loaded.get(modelName);
        if (current != null && current.attemptedId.equals(newest.modelId())) {
            return Optional.ofNullable(current.scorer);
        }
        try {
            S scorer = Objects.requireNonNull(loader.load(newest), "the loader returned null");
            loaded.put(modelName, new Loaded<>(newest.modelId(), newest.modelId(), scorer));
            swaps.inc();
            return Optional.of(scorer);
        } catch (Exception | LinkageError e) {
            // LinkageError too: a model type whose library is not packaged with the job must not kill the task
            loadFailures.inc();
            String keeping = current == null || current.scorer == null ? "no model" : current.servingId;
            LOG.warn("cannot load model {} ({}) from {}; keeping {}", modelName, newest.modelId(),
                    newest.artifactUri(), keeping, e);
            // the update reached this operator through broadcast state: its Kafka offset is not known here (-1)
            failures.accept(DeadLetter.of(Topics.MODEL_UPDATES, -1, -1,
                    getRuntimeContext().getTaskInfo().getTaskNameWithSubtasks(),
                    "cannot load model " + modelName + " (" + newest.modelId() + ") from " + newest.artifactUri()
                            + ": " + e + "; keeping " + keeping, Events.MODEL_UPDATE.encode(newest), Instant.now()));
            Loaded<S> kept = current == null
                    ? new Loaded<>(newest.modelId(), null, null)
                    : new Loaded<>(newest.modelId(), current.servingId, current.scorer);
            loaded.put(modelName, kept);
            return Optional.ofNullable(kept.scorer);
        }
    }

    private record Loaded<S>(String attemptedId, String servingId, S scorer) {
    }
}
