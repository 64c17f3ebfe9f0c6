package com.kcspeedshop.flink.replay;

import com.kcspeedshop.flink.io.KafkaRecord;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A bounded source without records, for a replay input that has none (DTC reports, model updates): it ends at once,
 * so its final watermark never holds event time back. ({@code DataGeneratorSource} with a count of 0 still asks its
 * generator for element 0.)
 */
final class EmptySource implements Source<KafkaRecord, EmptySource.NoSplit, Void> {

    private static final long serialVersionUID = 1L;

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SplitEnumerator<NoSplit, Void> createEnumerator(SplitEnumeratorContext<NoSplit> context) {
        return new SplitEnumerator<>() {
            @Override
            public void start() {
                // nothing to discover
            }

            @Override
            public void handleSplitRequest(int subtaskId, String requesterHostname) {
                // the reader never asks: it is told once, when it registers
            }

            @Override
            public void addSplitsBack(List<NoSplit> splits, int subtaskId) {
                // there are none
            }

            @Override
            public void addReader(int subtaskId) {
                context.signalNoMoreSplits(subtaskId);
            }

            @Override
            public Void snapshotState(long checkpointId) {
                return null;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    @Override
    public SplitEnumerator<NoSplit, Void> restoreEnumerator(SplitEnumeratorContext<NoSplit> context, Void state) {
        return createEnumerator(context);
    }

    @Override
    public SimpleVersionedSerializer<NoSplit> getSplitSerializer() {
        return new NothingSerializer<>();
    }

    @Override
    public SimpleVersionedSerializer<Void> getEnumeratorCheckpointSerializer() {
        return new NothingSerializer<>();
    }

    @Override
    public SourceReader<KafkaRecord, NoSplit> createReader(SourceReaderContext readerContext) {
        return new SourceReader<>() {
            // ends only once the enumerator has said so: ending earlier would lose that event to a finished task
            private final CompletableFuture<Void> told = new CompletableFuture<>();

            @Override
            public void start() {
                // nothing to read
            }

            @Override
            public InputStatus pollNext(ReaderOutput<KafkaRecord> output) {
                return told.isDone() ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
            }

            @Override
            public List<NoSplit> snapshotState(long checkpointId) {
                return List.of();
            }

            @Override
            public CompletableFuture<Void> isAvailable() {
                return told;
            }

            @Override
            public void addSplits(List<NoSplit> splits) {
                // never assigned
            }

            @Override
            public void notifyNoMoreSplits() {
                told.complete(null);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    /** The split type; never instantiated. */
    static final class NoSplit implements SourceSplit {
        @Override
        public String splitId() {
            return "none";
        }
    }

    private static final class NothingSerializer<X> implements SimpleVersionedSerializer<X> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(X obj) {
            return new byte[0];
        }

        @Override
        public X deserialize(int version, byte[] serialized) throws IOException {
            return null;
        }
    }
}
