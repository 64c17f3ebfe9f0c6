package com.kcspeedshop.flink.replay;

import com.kcspeedshop.flink.io.KafkaRecord;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * A bounded source of raw records, as a Kafka topic would hand them to the ingest stage, so the replay runs the job's
 * real graph. The encoded events are spooled to a file that each reader loads when it opens, which keeps them out of
 * the job graph; run it with parallelism 1 so the records keep their order.
 */
final class RecordsSource {

    private RecordsSource() {
    }

    /** Spools {@code events} (at least one) (encoded by {@code encode}, keyed by {@code key}) to {@code spool} and reads them back. */
    static <T> Source<KafkaRecord, ?, ?> of(Path spool, List<T> events, Function<T, byte[]> encode,
                                           Function<T, String> key) throws IOException {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to replay; use EmptySource for an input without records");
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool)))) {
            for (T e : events) {
                byte[] k = key.apply(e).getBytes(StandardCharsets.UTF_8);
                byte[] v = encode.apply(e);
                out.writeInt(k.length);
                out.write(k);
                out.writeInt(v.length);
                out.write(v);
            }
        }
        return new DataGeneratorSource<>(new FromSpool(spool.toAbsolutePath().toString()), events.size(),
                TypeInformation.of(KafkaRecord.class));
    }

    /** The record at an index of the spool file. */
    private static final class FromSpool implements GeneratorFunction<Long, KafkaRecord> {
        private static final long serialVersionUID = 1L;
        private final String path;
        private transient List<KafkaRecord> records;

        FromSpool(String path) {
            this.path = path;
        }

        @Override
        public void open(SourceReaderContext context) throws IOException {
            records = new ArrayList<>();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(path))))) {
                for (long offset = 0; ; offset++) {
                    int keyLength;
                    try {
                        keyLength = in.readInt();
                    } catch (EOFException end) {
                        break;
                    }
                    byte[] k = in.readNBytes(keyLength);
                    byte[] v = in.readNBytes(in.readInt());
                    records.add(new KafkaRecord("replay", 0, offset, 0L, k, v));
                }
            }
        }

        @Override
        public KafkaRecord map(Long index) {
            return records.get(Math.toIntExact(index));
        }
    }
}
