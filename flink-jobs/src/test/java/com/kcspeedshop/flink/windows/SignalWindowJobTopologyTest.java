package com.kcspeedshop.flink.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.flink.ingest.IngestSettings;
import com.kcspeedshop.flink.io.KafkaRecord;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.transformations.PartitionTransformation;
import org.apache.flink.streaming.api.transformations.SideOutputTransformation;
import org.apache.flink.streaming.api.transformations.UnionTransformation;
import org.junit.jupiter.api.Test;

/** Operator uids map state across job versions: every real operator must have a stable uid and a readable name. */
class SignalWindowJobTopologyTest {

    @Test
    void everyOperatorHasAStableUidAndAName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataGeneratorSource<KafkaRecord> source = new DataGeneratorSource<>(
                i -> new KafkaRecord("t", 0, i, 0, null, null), 1, TypeInformation.of(KafkaRecord.class));

        new SignalWindowJob(WindowTiming.DEFAULT, new IngestSettings(Duration.ofSeconds(3), Duration.ofSeconds(5),
                Duration.ofHours(1), SignalWindowJob.JOB_NAME)).build(env, source, new SignalWindowSinks(
                new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>()));

        Set<String> uids = new HashSet<>();
        for (Transformation<?> t : allTransformations(env)) {
            if (t instanceof PartitionTransformation || t instanceof SideOutputTransformation
                    || t instanceof UnionTransformation) {
                continue; // virtual: no operator, no state
            }
            assertThat(t.getUid()).as("uid of %s", t.getName()).isNotBlank();
            assertThat(t.getName()).as("name of operator %s", t.getUid()).isEqualTo(t.getUid());
            uids.add(t.getUid());
        }
        // the source and decoder keep the uids of earlier versions, so their state (Kafka offsets) restores
        assertThat(uids).containsExactlyInAnyOrder("obd-readings-source", "decode-obd-readings",
                "obd-readings-event-time", "drop-duplicate-obd-readings", "route-late-obd-readings",
                "obd-readings-as-single-readings", "late-readings-as-single-readings", "signal-window-stats",
                "signal-windows-topic-sink", "signal-windows-table-sink",
                "count-late-at-window", "late-readings-sink", "dead-letter-sink");
    }

    private static Set<Transformation<?>> allTransformations(StreamExecutionEnvironment env) {
        Set<Transformation<?>> seen = new HashSet<>();
        Deque<Transformation<?>> todo = new ArrayDeque<>(env.getTransformations());
        while (!todo.isEmpty()) {
            Transformation<?> t = todo.pop();
            if (seen.add(t)) {
                todo.addAll(t.getInputs());
            }
        }
        return seen;
    }
}
