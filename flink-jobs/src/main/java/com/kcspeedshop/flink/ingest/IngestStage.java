package com.kcspeedshop.flink.ingest;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.flink.io.DecodeOrDeadLetter;
import com.kcspeedshop.flink.io.KafkaRecord;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.OutputTag;

/**
 * The front of every job that reads collector events: source → decode (bad records to dead letters) → event time and
 * watermarks → drop duplicates by (source, sequence) → route late events aside. Every operator is named and has a uid
 * built from the {@link EventKind}'s name, so state maps across job versions and two kinds in one job do not clash.
 *
 * <p>Order matters: duplicates are dropped before lateness is judged, because a journal replay after an outage re-sends
 * old readings that are both; they must count as duplicates, not fill the late topic.
 */
public final class IngestStage {

    private final IngestSettings settings;

    public IngestStage(IngestSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Adds the stage for one event kind to {@code env}, reading raw records from {@code source}. */
    public <T> Ingested<T> ingest(StreamExecutionEnvironment env, Source<KafkaRecord, ?, ?> source,
                                  EventKind<T> kind) {
        String name = kind.name();
        Timestamped<T> decoded = timestamped(env, source, kind);
        OutputTag<T> lateTag = new OutputTag<>("late-" + name, TypeInformation.of(kind.type()));
        SingleOutputStreamOperator<T> onTime = decoded.events()
                .keyBy(new VehicleKey<>(kind))
                .process(new DropDuplicates<>(kind, settings.duplicateTtl()))
                .name("drop-duplicate-" + name).uid("drop-duplicate-" + name)
                .process(new RouteLate<>(kind, lateTag))
                .name("route-late-" + name).uid("route-late-" + name);

        return new Ingested<>(onTime, onTime.getSideOutput(lateTag), decoded.deadLetters());
    }

    /**
     * The front half of the stage: source → decode (bad records to dead letters) → event time and watermarks, not yet
     * keyed. For a job that drops duplicates and routes late events in its own keyed operator ({@link SeenSequences}),
     * saving the network hop between two keyed operators that cannot chain.
     */
    public <T> Timestamped<T> timestamped(StreamExecutionEnvironment env, Source<KafkaRecord, ?, ?> source,
                                          EventKind<T> kind) {
        String name = kind.name();
        // no watermarks at the source: event time is inside the payload, which only the decoder may read
        SingleOutputStreamOperator<T> decoded = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), name + "-source").uid(name + "-source")
                .process(new DecodeOrDeadLetter<>(kind.type(), settings.consumer()))
                .name("decode-" + name).uid("decode-" + name);
        DataStream<T> timed = decoded
                .assignTimestampsAndWatermarks(watermarks(kind)).name(name + "-event-time").uid(name + "-event-time");
        return new Timestamped<>(timed, decoded.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS));
    }

    /**
     * Decoded events with event-time timestamps and watermarks, in the source's partitioning; and the records that did
     * not decode.
     */
    public record Timestamped<T>(DataStream<T> events, DataStream<DeadLetter> deadLetters) {
    }

    /**
     * Watermarks trail the newest event by the out-of-orderness. They are generated after decoding, per parallel
     * decoder rather than per Kafka partition, so the out-of-orderness must also cover the skew between the partitions
     * one subtask reads. Idleness lets a silent subtask stop holding every window back.
     */
    private <T> WatermarkStrategy<T> watermarks(EventKind<T> kind) {
        WatermarkStrategy<T> strategy = WatermarkStrategy.<T>forBoundedOutOfOrderness(settings.outOfOrderness())
                .withTimestampAssigner(new EventTimeOf<>(kind));
        return settings.idleness().isZero() ? strategy : strategy.withIdleness(settings.idleness());
    }
}
