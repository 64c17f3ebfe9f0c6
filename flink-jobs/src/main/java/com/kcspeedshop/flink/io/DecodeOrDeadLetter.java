package com.kcspeedshop.flink.io;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.EventCodec;
import com.kcspeedshop.events.EventDecodingException;
import com.kcspeedshop.events.Events;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes raw records into events of one type; a record that does not decode goes to {@link #DEAD_LETTERS} with the
 * decoder's reason and its topic, partition and offset, and the job carries on.
 *
 * <p>Only {@link EventDecodingException} is routed: it is the codec's promise that the bytes are bad. Any other
 * exception is a bug in this job and must fail loudly rather than quietly fill the dead-letter topic.
 *
 * @param <T> the event type, one of the records in {@link Events}
 */
public final class DecodeOrDeadLetter<T> extends ProcessFunction<KafkaRecord, T> implements ResultTypeQueryable<T> {

    /** Side output of records that could not be decoded. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final String consumer;
    // EventCodec is not Serializable, so the function ships the type and looks the codec up on the task manager
    private transient EventCodec<T> codec;

    /**
     * @param type     the event type to decode, e.g. {@code ObdReading.class}
     * @param consumer who is reading, written into each dead letter (the job name)
     */
    public DecodeOrDeadLetter(Class<T> type, String consumer) {
        this.type = Objects.requireNonNull(type, "type");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        Codecs.forType(type); // fail at job-build time, not on the cluster, if the type has no codec
    }

    @Override
    public void open(OpenContext openContext) {
        codec = Codecs.forType(type);
    }

    @Override
    public void processElement(KafkaRecord record, Context ctx, Collector<T> out) {
        T event;
        try {
            event = codec.decode(record.value);
        } catch (EventDecodingException e) {
            ctx.output(DEAD_LETTERS, DeadLetter.of(record.topic, record.partition, record.offset, consumer,
                    e.getMessage(), record.value, Instant.now()));
            return;
        }
        out.collect(event);
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(type);
    }
}
