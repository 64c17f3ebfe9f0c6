package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.flink.ingest.CountLate;
import com.kcspeedshop.flink.ingest.EventKind;
import com.kcspeedshop.flink.ingest.IngestSettings;
import com.kcspeedshop.flink.ingest.IngestStage;
import com.kcspeedshop.flink.ingest.Ingested;
import com.kcspeedshop.flink.ingest.ReadingsOfBatch;
import com.kcspeedshop.flink.io.KafkaRecord;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.OutputTag;

/**
 * The signal-windows job: raw readings in; per vehicle and signal, event-time tumbling windows of min, max, mean and
 * count out, to a window topic and a window table. Readings enter through the shared {@link IngestStage}: duplicates
 * are dropped, late readings go to the late-readings topic and undecodable records to the dead-letter topic.
 *
 * <p>{@link #build} takes the source and sinks, so tests run the real topology against their own; {@link
 * #wireProduction} plugs in Kafka and PostgreSQL; {@link #main} is the entry point on a Flink cluster.
 */
public final class SignalWindowJob {

    /** The job's name in Flink and the consumer named in its dead letters. */
    public static final String JOB_NAME = "signal-windows";

    /**
     * Readings that reached the window operator after their window had fired. The ingest stage routes late readings
     * before they get here; this catches the few that slip past it when an idle input resumes behind the combined
     * watermark.
     */
    static final OutputTag<ObdReading> LATE_READINGS =
            new OutputTag<>("late-readings", TypeInformation.of(ObdReading.class));

    private final WindowTiming timing;
    private final IngestSettings ingest;

    /**
     * @param timing window length (the ingest settings carry out-of-orderness and idleness)
     * @param ingest event time and duplicate detection of the ingest stage
     */
    public SignalWindowJob(WindowTiming timing, IngestSettings ingest) {
        this.timing = Objects.requireNonNull(timing, "timing");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
    }

    /** Reads the config from {@code --key value} arguments, wires Kafka and PostgreSQL and runs until cancelled. */
    public static void main(String[] args) throws Exception {
        SignalWindowJobConfig config;
        try {
            config = SignalWindowJobConfig.fromArgs(args);
        } catch (SignalWindowConfigException e) {
            System.err.println(e.getMessage() + System.lineSeparator() + "Options:" + System.lineSeparator()
                    + SignalWindowOption.help());
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        wireProduction(env, config);
        env.execute(JOB_NAME);
    }

    /**
     * Wires the job with its production connectors into {@code env}: a Kafka source on the readings topic, Kafka sinks
     * for windows, late readings and dead letters, and the PostgreSQL sink. Also applies the config's parallelism and
     * fault tolerance (checkpointing, state backend, restart strategy) to {@code env}; a zero checkpoint interval leaves
     * the environment's checkpointing as it is. Does not execute.
     */
    public static void wireProduction(StreamExecutionEnvironment env, SignalWindowJobConfig config) {
        config.parallelism().ifPresent(env::setParallelism);
        config.faultTolerance().applyTo(env);
        new SignalWindowJob(config.timing(), config.ingest())
                .build(env, ProductionConnectors.source(config), ProductionConnectors.sinks(config));
    }

    /** {@link #wireProduction} and then starts the job without blocking; the caller owns the returned client. */
    public static JobClient start(StreamExecutionEnvironment env, SignalWindowJobConfig config) throws Exception {
        wireProduction(env, config);
        return env.executeAsync(JOB_NAME);
    }

    /** Adds the job's topology to {@code env}, reading from {@code source} and writing to {@code sinks}. */
    public void build(StreamExecutionEnvironment env, Source<KafkaRecord, ?, ?> source, SignalWindowSinks sinks) {
        Ingested<ObdReadingBatch> batches = new IngestStage(ingest).ingest(env, source, EventKind.OBD_READINGS);

        // each reading at its own capture time: a cycle may straddle a window boundary
        SingleOutputStreamOperator<SignalWindow> windows =
                windowed(ReadingsOfBatch.flatten(batches.events(), "obd-readings"), timing);
        windows.sinkTo(sinks.windowTopic()).name("signal-windows-topic-sink").uid("signal-windows-topic-sink");
        windows.sinkTo(sinks.windowTable()).name("signal-windows-table-sink").uid("signal-windows-table-sink");

        DataStream<ObdReading> lateAtWindow = windows.getSideOutput(LATE_READINGS)
                .map(new CountLate<>(ObdReading.class)).name("count-late-at-window").uid("count-late-at-window");
        ReadingsOfBatch.flatten(batches.late(), "late-readings").union(lateAtWindow)
                .sinkTo(sinks.lateReadings()).name("late-readings-sink").uid("late-readings-sink");
        batches.deadLetters()
                .sinkTo(sinks.deadLetters()).name("dead-letter-sink").uid("dead-letter-sink");
    }

    /** The window operator on its own, shared with its harness test so the test checks what the job runs. */
    static SingleOutputStreamOperator<SignalWindow> windowed(DataStream<ObdReading> timestamped, WindowTiming timing) {
        return timestamped
                .keyBy(new VehicleSignalKey())
                .window(TumblingEventTimeWindows.of(timing.size()))
                .sideOutputLateData(LATE_READINGS)
                .aggregate(new SignalStatsAggregate(), new EmitSignalWindow())
                .name("signal-window-stats").uid("signal-window-stats");
    }
}
