package com.kcspeedshop.flink.models;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.flink.io.DecodeOrDeadLetter;
import com.kcspeedshop.flink.io.KafkaRecord;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Reads the model control topic and broadcasts it to {@link ModelSwappingFunction}s. */
public final class ModelUpdates {

    private ModelUpdates() {
    }

    /**
     * The control stream and what could not be decoded from it.
     *
     * @param updates     broadcast with {@link ModelSwappingFunction#MODEL_UPDATES}; connect a keyed stream to it
     * @param deadLetters undecodable control records, with the reason
     */
    public record Broadcast(BroadcastStream<ModelUpdate> updates, DataStream<DeadLetter> deadLetters) {
        public Broadcast {
            Objects.requireNonNull(updates, "updates");
            Objects.requireNonNull(deadLetters, "deadLetters");
        }
    }

    /**
     * Adds source, decoder and broadcast for the control topic to {@code env}. Read it from the earliest offset with
     * no committed group offsets, so a fresh job learns every model that is currently promoted.
     *
     * <p>The control stream is marked idle for event time: updates are rare, and an input that never sends a watermark
     * would hold the event time of the operator it feeds back forever.
     */
    public static Broadcast broadcast(StreamExecutionEnvironment env, Source<KafkaRecord, ?, ?> source,
                                      String consumer) {
        SingleOutputStreamOperator<ModelUpdate> decoded = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "model-updates-source")
                .uid("model-updates-source")
                .setParallelism(1) // a handful of records a day; one reader keeps them in publication order
                .process(new DecodeOrDeadLetter<>(ModelUpdate.class, consumer))
                .name("decode-model-updates").uid("decode-model-updates")
                .setParallelism(1);
        DataStream<ModelUpdate> idle = decoded
                .assignTimestampsAndWatermarks(WatermarkStrategy.forGenerator(context -> new AlwaysIdle()))
                .name("model-updates-idle").uid("model-updates-idle")
                .setParallelism(1);
        return new Broadcast(idle.broadcast(ModelSwappingFunction.MODEL_UPDATES),
                decoded.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS));
    }

    /** Never emits a watermark and declares the stream idle, so it never holds event time back downstream. */
    static final class AlwaysIdle implements WatermarkGenerator<ModelUpdate> {
        @Override
        public void onEvent(ModelUpdate event, long eventTimestamp, WatermarkOutput output) {
            // updates carry no event time that matters to the scored stream
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.markIdle();
        }
    }
}
