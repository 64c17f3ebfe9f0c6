package com.kcspeedshop.flink.ingest;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Unpacks reading batches into single readings, each stamped with its own capture time as its event-time timestamp.
 *
 * <p>An operator rather than a {@code flatMap} because a function's outputs inherit the input's timestamp, the batch's
 * first reading's. A window operator downstream assigns by that timestamp, so a cycle that straddles a window boundary
 * would put its later readings in the earlier window. Restamping never makes a reading late: a batch's readings are at
 * or after its first, which the watermark had not passed. Stateless, chained to what feeds it.
 */
public final class ReadingsOfBatch extends AbstractStreamOperator<ObdReading>
        implements OneInputStreamOperator<ObdReadingBatch, ObdReading> {

    private static final long serialVersionUID = 1L;

    private transient StreamRecord<ObdReading> reuse;

    /** {@code batches} as single readings, by an operator named and uid'd {@code <prefix>-as-single-readings}. */
    public static SingleOutputStreamOperator<ObdReading> flatten(DataStream<ObdReadingBatch> batches, String prefix) {
        String name = prefix + "-as-single-readings";
        return batches.transform(name, TypeInformation.of(ObdReading.class), new ReadingsOfBatch()).uid(name);
    }

    @Override
    public void processElement(StreamRecord<ObdReadingBatch> element) {
        if (reuse == null) {
            reuse = new StreamRecord<>(null);
        }
        List<ObdReading> readings = element.getValue().readings();
        for (int i = 0; i < readings.size(); i++) {
            ObdReading reading = readings.get(i);
            output.collect(reuse.replace(reading, reading.capturedAt().toEpochMilli()));
        }
    }
}
