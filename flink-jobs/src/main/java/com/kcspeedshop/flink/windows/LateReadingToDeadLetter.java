package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A reading that arrives after its window closed cannot change that window any more. Rather than drop it silently it
 * becomes a dead letter. Its Kafka coordinates are no longer known at this point (partition and offset are -1); the
 * payload is the re-encoded reading, which is byte-identical to what the collector sent.
 */
public final class LateReadingToDeadLetter extends ProcessFunction<ObdReading, DeadLetter> {

    private static final long serialVersionUID = 1L;

    private final String sourceTopic;
    private final String consumer;

    public LateReadingToDeadLetter(String sourceTopic, String consumer) {
        this.sourceTopic = Objects.requireNonNull(sourceTopic, "sourceTopic");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    @Override
    public void processElement(ObdReading reading, Context ctx, Collector<DeadLetter> out) {
        String reason = "late reading: captured at " + reading.capturedAt() + " but the event-time watermark was "
                + "already at " + Instant.ofEpochMilli(ctx.timerService().currentWatermark())
                + ", its window had closed";
        out.collect(DeadLetter.of(sourceTopic, -1, -1, consumer, reason, Events.OBD_READING.encode(reading),
                Instant.now()));
    }
}
