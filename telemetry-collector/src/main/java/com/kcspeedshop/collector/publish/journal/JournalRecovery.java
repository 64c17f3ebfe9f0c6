package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.events.EventDecodingException;
import com.kcspeedshop.events.Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a journal directory back to a consistent state on open: loads segments, reads the acknowledged position,
 * deletes segments fully acknowledged (a crash between persisting the position and deleting them leaves some), scans
 * every unacknowledged record (counting the backlog and reporting corruption) and truncates a torn tail.
 */
final class JournalRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);

    /** The state a journal resumes from. */
    record Recovered(TreeMap<Long, Segment> segments, long acknowledged, long backlog, Instant oldestUnacknowledgedAt,
                     RecoveryReport report) {
    }

    private final Path directory;
    private final AckFile ackFile;
    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private long backlog;
    private Instant oldest;
    private long corruptRegions;
    private long corruptBytes;
    private long torn;

    private JournalRecovery(Path directory, AckFile ackFile) {
        this.directory = directory;
        this.ackFile = ackFile;
    }

    static Recovered recover(Path directory, AckFile ackFile) throws IOException {
        return new JournalRecovery(directory, ackFile).run();
    }

    private Recovered run() throws IOException {
        loadSegments();
        OptionalLong stored = ackFile.read();
        if (stored.isEmpty() && Files.exists(directory.resolve("acked"))) {
            LOG.warn("journal {}: acknowledged position unreadable; resending everything journaled", directory);
        }
        long acked = Math.max(stored.orElse(0), segments.firstKey());
        deleteAcknowledgedSegments(acked);
        for (Segment segment : segments.values()) {
            scan(segment, acked);
        }
        Segment tail = segments.lastEntry().getValue();
        if (acked > tail.end()) {
            LOG.warn("journal {}: acknowledged position {} is past the end {} (tail lost to a power failure?); "
                    + "resuming at the end", directory, acked, tail.end());
            acked = tail.end();
        }
        RecoveryReport report = new RecoveryReport(segments.size(), backlog, acked, tail.end(), torn, corruptRegions,
                corruptBytes);
        log(report);
        return new Recovered(segments, acked, backlog, oldest, report);
    }

    private void loadSegments() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(p -> Segment.isSegmentName(p.getFileName().toString())).sorted().forEach(files::add);
        }
        for (int i = 0; i < files.size(); i++) {
            Segment segment = Segment.open(files.get(i));
            boolean last = i == files.size() - 1;
            if (last && segment.size() < JournalRecords.SEGMENT_HEADER) {
                // died while creating it: nothing was ever appended there
                segment.delete();
                segment = Segment.create(directory, segment.base());
            } else if (!JournalRecords.hasValidHeader(segment.channel())) {
                segment.close();
                throw new IllegalStateException(segment.path() + " is not a KC Speedshop journal segment (bad "
                        + "header); move it out of " + directory + " or point the journal at another directory");
            }
            segments.put(segment.base(), segment);
        }
        if (segments.isEmpty()) {
            long base = ackFile.read().orElse(0);
            segments.put(base, Segment.create(directory, base));
            AckFile.syncDirectory(directory);
        }
    }

    private void deleteAcknowledgedSegments(long acked) throws IOException {
        while (segments.size() > 1 && segments.firstEntry().getValue().end() <= acked) {
            segments.pollFirstEntry().getValue().delete();
        }
    }

    private void scan(Segment segment, long acked) throws IOException {
        if (segment.end() <= acked) {
            return;
        }
        long from = Math.max(JournalRecords.SEGMENT_HEADER, acked - segment.base());
        JournalRecords.Scan scan = JournalRecords.scan(segment.channel(), from, segment.size(), (offset, payload) -> {
            backlog++;
            if (oldest == null) {
                oldest = capturedAt(payload);
            }
            return true;
        });
        corruptRegions += scan.corruptRegions();
        corruptBytes += scan.corruptBytes();
        long trailing = segment.size() - scan.validEnd();
        if (trailing == 0) {
            return;
        }
        if (segment == segments.lastEntry().getValue()) {
            torn += trailing;
            segment.truncate(scan.validEnd());
        } else {
            corruptRegions++;
            corruptBytes += trailing;
        }
    }

    private static Instant capturedAt(byte[] payload) {
        try {
            return Events.OBD_READING.decode(payload).capturedAt();
        } catch (EventDecodingException e) {
            return null;
        }
    }

    private void log(RecoveryReport report) {
        if (report.tornBytesTruncated() > 0) {
            LOG.warn("journal {}: truncated a torn tail of {} bytes at position {} (a record half-written when the "
                    + "collector or machine died; at least one reading lost)", directory, report.tornBytesTruncated(),
                    report.endPosition());
        }
        if (report.corruptRegions() > 0) {
            LOG.warn("journal {}: {} corrupt regions ({} bytes) failed their CRC and will be skipped; the readings in "
                    + "them are lost", directory, report.corruptRegions(), report.corruptBytes());
        }
        LOG.info("journal {} opened: {} segments, {} readings not yet acknowledged by Kafka, resuming at {}",
                directory, report.segments(), report.backlog(), report.acknowledgedPosition());
    }
}
