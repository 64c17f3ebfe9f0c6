package com.kcspeedshop.flink.replay;

import com.kcspeedshop.events.EventCodec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Collects a replay's outputs as JSON lines, {@code {"type":..,"data":<the event's Events JSON>}}, in the order the
 * job emits them. The replay always runs on a MiniCluster in this JVM, so its sinks hand lines to the command through
 * a per-run queue here instead of through files.
 */
final class LineCollector {

    private static final Map<String, Queue<String>> RUNS = new ConcurrentHashMap<>();

    private LineCollector() {
    }

    static void open(String run) {
        RUNS.put(run, new ConcurrentLinkedQueue<>());
    }

    /** The run's lines so far, and forgets the run. */
    static List<String> drain(String run) {
        Queue<String> lines = RUNS.remove(run);
        return lines == null ? List.of() : List.copyOf(lines);
    }

    /** A sink writing {@code type}-tagged JSON lines of events into run {@code run}. */
    static <T> Sink<T> sink(String run, String type, Class<T> eventType) {
        return new JsonLinesSink<>(run, type, eventType);
    }

    private record JsonLinesSink<T>(String run, String type, Class<T> eventType) implements Sink<T> {
        JsonLinesSink {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(eventType, "eventType");
        }

        @Override
        public SinkWriter<T> createWriter(WriterInitContext context) {
            @SuppressWarnings("unchecked")
            EventCodec<T> codec = (EventCodec<T>) com.kcspeedshop.events.Events.all().stream()
                    .filter(c -> c.type().equals(eventType)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no codec for " + eventType));
            Queue<String> lines = Objects.requireNonNull(RUNS.get(run), "replay run " + run + " is not open");
            return new SinkWriter<>() {
                @Override
                public void write(T element, Context ctx) {
                    lines.add("{\"type\":\"" + type + "\",\"data\":" + codec.toJson(element) + "}");
                }

                @Override
                public void flush(boolean endOfInput) {
                    // lines are handed over as they come
                }

                @Override
                public void close() {
                    // nothing held
                }
            };
        }
    }
}
