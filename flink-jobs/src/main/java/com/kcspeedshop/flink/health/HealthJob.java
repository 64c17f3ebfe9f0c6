package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.flink.config.JobConfigException;
import com.kcspeedshop.flink.ingest.EventKind;
import com.kcspeedshop.flink.ingest.IngestSettings;
import com.kcspeedshop.flink.ingest.IngestStage;
import com.kcspeedshop.flink.ingest.ReadingsOfBatch;
import com.kcspeedshop.flink.models.ModelSwappingFunction;
import com.kcspeedshop.flink.models.ModelUpdates;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.util.Collector;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The vehicle-health job (issue 4): readings and trouble-code reports in through the shared {@link IngestStage}; per
 * vehicle, the {@link HealthFunction} runs the plain-Java {@code VehicleHealthEngine}; health scores and anomalies go
 * to Kafka exactly-once, alerts to Kafka on the at-least-once fast path, scores and alerts to PostgreSQL as idempotent
 * upserts. Anomaly models are swapped live from the model control topic.
 *
 * <p>{@link #build} takes sources and sinks, so tests and the replay command run the real topology; {@link
 * #wireProduction} plugs in Kafka and PostgreSQL; {@link #main} is the entry point on a Flink cluster.
 */
public final class HealthJob {

    /** The job's name in Flink and the consumer named in its dead letters. */
    public static final String JOB_NAME = "vehicle-health";

    private final IngestSettings ingest;
    private final Duration stateTtl;
    private final AnomalyModelLoader loader;

    /**
     * @param ingest   event time and duplicate detection of the ingest stage
     * @param stateTtl how long a silent vehicle's state is kept
     * @param loader   turns promoted anomaly models into scorers
     */
    public HealthJob(IngestSettings ingest, Duration stateTtl, AnomalyModelLoader loader) {
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** Reads the config from {@code --key value} arguments, wires Kafka and PostgreSQL and runs until cancelled. */
    public static void main(String[] args) throws Exception {
        HealthJobConfig config;
        try {
            config = HealthJobConfig.fromArgs(args);
        } catch (JobConfigException e) {
            System.err.println(e.getMessage() + System.lineSeparator() + "Options:" + System.lineSeparator()
                    + HealthJobOption.help());
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        wireProduction(env, config);
        env.execute(JOB_NAME);
    }

    /**
     * Wires the job with its production connectors into {@code env} and applies the config's parallelism and fault
     * tolerance; a zero checkpoint interval leaves the environment's checkpointing as it is. Does not execute.
     */
    public static void wireProduction(StreamExecutionEnvironment env, HealthJobConfig config) {
        wireProduction(env, config, UnaryOperator.identity());
    }

    /** {@link #wireProduction(StreamExecutionEnvironment, HealthJobConfig)} with a hook before keying (tests). */
    static void wireProduction(StreamExecutionEnvironment env, HealthJobConfig config,
                               UnaryOperator<DataStream<HealthInput>> beforeKeying) {
        config.applyTo(env);
        new HealthJob(config.ingest(), config.stateTtl(), new RegistryAnomalyModelLoader(config.artifactStore()))
                .build(env, HealthConnectors.sources(config), HealthConnectors.sinks(config), beforeKeying);
    }

    /** {@link #wireProduction} and then starts the job without blocking; the caller owns the returned client. */
    public static JobClient start(StreamExecutionEnvironment env, HealthJobConfig config) throws Exception {
        wireProduction(env, config);
        return env.executeAsync(JOB_NAME);
    }

    /** Adds the job's topology to {@code env}, reading from {@code sources} and writing to {@code sinks}. */
    public void build(StreamExecutionEnvironment env, HealthSources sources, HealthSinks sinks) {
        build(env, sources, sinks, UnaryOperator.identity());
    }

    /**
     * As {@link #build(StreamExecutionEnvironment, HealthSources, HealthSinks)}, with {@code beforeKeying} applied to
     * the unioned input right before it is keyed: the place where failure tests inject a crashing operator.
     *
     * <p>The graph has one shuffle: sources → decode → event time (chained, per source subtask) → keyed by VIN → the
     * {@link HealthFunction}, which drops duplicates and routes late events itself (the ingest stage's keyed operators
     * would sit in a task of their own: a two-input operator does not chain) → sinks, chained.
     */
    void build(StreamExecutionEnvironment env, HealthSources sources, HealthSinks sinks,
               UnaryOperator<DataStream<HealthInput>> beforeKeying) {
        IngestStage stage = new IngestStage(ingest);
        IngestStage.Timestamped<ObdReadingBatch> readings =
                stage.timestamped(env, sources.readings(), EventKind.OBD_READINGS);
        IngestStage.Timestamped<DtcReport> reports =
                stage.timestamped(env, sources.dtcReports(), EventKind.DTC_REPORTS);
        ModelUpdates.Broadcast models = ModelUpdates.broadcast(env, sources.modelUpdates(), JOB_NAME);

        DataStream<HealthInput> inputs = readings.events()
                .map(new FromReading()).returns(HealthInputSerializer.TYPE).name("readings-as-health-input")
                .uid("readings-as-health-input")
                .union(reports.events().map(new FromReport()).returns(HealthInputSerializer.TYPE)
                        .name("dtc-reports-as-health-input").uid("dtc-reports-as-health-input"));

        SingleOutputStreamOperator<HealthScore> scores = beforeKeying.apply(inputs)
                .keyBy(new ByVin())
                .connect(models.updates())
                .process(new HealthFunction(loader, stateTtl),
                        TypeInformation.of(HealthScore.class))
                .name("vehicle-health").uid("vehicle-health");
        DataStream<Anomaly> anomalies = scores.getSideOutput(HealthFunction.ANOMALIES);
        DataStream<Alert> alerts = scores.getSideOutput(HealthFunction.ALERTS);
        DataStream<HealthInput> late = scores.getSideOutput(HealthFunction.LATE);

        scores.sinkTo(sinks.scoreTopic()).name("health-scores-topic-sink").uid("health-scores-topic-sink");
        scores.sinkTo(sinks.scoreTable()).name("health-scores-table-sink").uid("health-scores-table-sink");
        anomalies.sinkTo(sinks.anomalyTopic()).name("anomalies-topic-sink").uid("anomalies-topic-sink");
        alerts.sinkTo(sinks.alertTopic()).name("alerts-topic-sink").uid("alerts-topic-sink");
        alerts.sinkTo(sinks.alertTable()).name("alerts-table-sink").uid("alerts-table-sink");
        ReadingsOfBatch.flatten(late.flatMap(new LateReadings()).name("late-reading-batches")
                        .uid("late-reading-batches"), "late-readings")
                .sinkTo(sinks.lateReadings()).name("late-readings-sink").uid("late-readings-sink");
        late.flatMap(new LateReports()).name("late-dtc-reports").uid("late-dtc-reports")
                .sinkTo(sinks.lateDtcReports()).name("late-dtc-reports-sink").uid("late-dtc-reports-sink");
        readings.deadLetters().union(reports.deadLetters(), models.deadLetters(),
                        scores.getSideOutput(ModelSwappingFunction.LOAD_FAILURES))
                .sinkTo(sinks.deadLetters()).name("dead-letter-sink").uid("dead-letter-sink");
    }

    /** Keys the health operator: all of one vehicle's events meet in one state. Same key as {@code VehicleKey}. */
    static final class ByVin implements KeySelector<HealthInput, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(HealthInput in) {
            return in.vin();
        }
    }

    private static final class FromReading implements MapFunction<ObdReadingBatch, HealthInput> {
        private static final long serialVersionUID = 1L;

        @Override
        public HealthInput map(ObdReadingBatch r) {
            return HealthInput.of(r);
        }
    }

    private static final class LateReadings implements FlatMapFunction<HealthInput, ObdReadingBatch>,
            ResultTypeQueryable<ObdReadingBatch> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(HealthInput in, Collector<ObdReadingBatch> out) {
            if (in.readings() != null) {
                out.collect(in.readings());
            }
        }

        @Override
        public TypeInformation<ObdReadingBatch> getProducedType() {
            return TypeInformation.of(ObdReadingBatch.class);
        }
    }

    private static final class LateReports implements FlatMapFunction<HealthInput, DtcReport>,
            ResultTypeQueryable<DtcReport> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(HealthInput in, Collector<DtcReport> out) {
            if (in.report() != null) {
                out.collect(in.report());
            }
        }

        @Override
        public TypeInformation<DtcReport> getProducedType() {
            return TypeInformation.of(DtcReport.class);
        }
    }

    private static final class FromReport implements MapFunction<DtcReport, HealthInput> {
        private static final long serialVersionUID = 1L;

        @Override
        public HealthInput map(DtcReport d) {
            return HealthInput.of(d);
        }
    }
}
