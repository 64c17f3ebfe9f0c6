package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.flink.io.DecodeOrDeadLetter;
import com.kcspeedshop.flink.io.KafkaRecord;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
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
 * count out, to a window topic and a window table; undecodable and late readings to the dead-letter topic.
 *
 * <p>{@link #build} takes the source and sinks, so tests run the real topology against their own; {@link
 * #wireProduction} plugs in Kafka and PostgreSQL; {@link #main} is the entry point on a Flink cluster.
 */
public final class SignalWindowJob {

    /** The job's name in Flink and the consumer named in its dead letters. */
    public static final String JOB_NAME = "signal-windows";

    /** Readings that arrived after their window had fired. */
    static final OutputTag<ObdReading> LATE_READINGS =
            new OutputTag<>("late-readings", TypeInformation.of(ObdReading.class));

    private final WindowTiming timing;
    private final String readingsTopic;

    /**
     * @param timing        window length, out-of-orderness and idleness
     * @param readingsTopic the topic the source reads, named in dead letters of late readings
     */
    public SignalWindowJob(WindowTiming timing, String readingsTopic) {
        this.timing = Objects.requireNonNull(timing, "timing");
        this.readingsTopic = Objects.requireNonNull(readingsTopic, "readingsTopic");
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
     * for windows and dead letters, and the PostgreSQL sink. Also applies the config's parallelism and checkpoint
     * interval to {@code env} (a zero interval leaves the environment's checkpointing as it is). Does not execute.
     */
    public static void wireProduction(StreamExecutionEnvironment env, SignalWindowJobConfig config) {
        config.parallelism().ifPresent(env::setParallelism);
        if (!config.checkpointInterval().isZero()) {
            env.enableCheckpointing(config.checkpointInterval().toMillis());
        }
        new SignalWindowJob(config.timing(), config.readingsTopic())
                .build(env, ProductionConnectors.source(config), ProductionConnectors.sinks(config));
    }

    /** {@link #wireProduction} and then starts the job without blocking; the caller owns the returned client. */
    public static JobClient start(StreamExecutionEnvironment env, SignalWindowJobConfig config) throws Exception {
        wireProduction(env, config);
        return env.executeAsync(JOB_NAME);
    }

    /** Adds the job's topology to {@code env}, reading from {@code source} and writing to {@code sinks}. */
    public void build(StreamExecutionEnvironment env, Source<KafkaRecord, ?, ?> source, SignalWindowSinks sinks) {
        // no watermarks at the source: event time is inside the payload, which only the decoder may read
        SingleOutputStreamOperator<ObdReading> readings = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "obd-readings-source")
                .uid("obd-readings-source")
                .process(new DecodeOrDeadLetter<>(ObdReading.class, JOB_NAME))
                .name("decode-obd-readings").uid("decode-obd-readings");

        SingleOutputStreamOperator<SignalWindow> windows = windowed(readings
                .assignTimestampsAndWatermarks(watermarks())
                .name("reading-event-time").uid("reading-event-time"), timing);

        windows.sinkTo(sinks.windowTopic()).name("signal-windows-topic-sink").uid("signal-windows-topic-sink");
        windows.sinkTo(sinks.windowTable()).name("signal-windows-table-sink").uid("signal-windows-table-sink");

        DataStream<DeadLetter> late = windows.getSideOutput(LATE_READINGS)
                .process(new LateReadingToDeadLetter(readingsTopic, JOB_NAME))
                .name("late-readings-to-dead-letters").uid("late-readings-to-dead-letters");
        readings.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS).union(late)
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

    /**
     * Watermarks trail the newest reading by the out-of-orderness. They are generated after decoding, per parallel
     * decoder rather than per Kafka partition, so the out-of-orderness must also cover the skew between the partitions
     * one subtask reads. Idleness lets a silent subtask stop holding every window back.
     */
    private WatermarkStrategy<ObdReading> watermarks() {
        WatermarkStrategy<ObdReading> strategy = WatermarkStrategy
                .<ObdReading>forBoundedOutOfOrderness(timing.outOfOrderness())
                .withTimestampAssigner((reading, previous) -> reading.capturedAt().toEpochMilli());
        return timing.idleness().isZero() ? strategy : strategy.withIdleness(timing.idleness());
    }
}
