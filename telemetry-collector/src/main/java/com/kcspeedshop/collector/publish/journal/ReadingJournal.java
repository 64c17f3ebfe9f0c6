package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.events.EventDecodingException;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only, segmented log of readings on local disk, with a persisted "acknowledged up to" position. Positions
 * are byte offsets in the whole log: they only grow, and a segment is named by the position of its first byte.
 *
 * <p>Invariants: readings come back from {@link #readFrom} in append order; every record carries a CRC32C and is
 * checked on every read; {@link #acknowledge} never moves backwards and deletes only whole segments that lie entirely
 * before the acknowledged position; a full journal follows its {@link FullPolicy} and counts what it refused or
 * dropped. Disk errors surface as {@link UncheckedIOException}. Thread-safe: one lock, this object's monitor, guards
 * all state; a caller that holds it across several appends makes them visible to {@link #readFrom} all at once.
 */
public final class ReadingJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadingJournal.class);

    private final JournalSettings settings;
    private final AckFile ackFile;
    private final DirectoryLock lock;
    private final TreeMap<Long, Segment> segments;
    private final RecoveryReport recovery;
    private final JournalSyncer syncer;
    private Segment active;
    private long acked;
    private long totalBytes;
    private long appended;
    private long backlog;
    private long droppedAtSource;
    private long droppedOldest;
    private long corruptRegions;
    private long corruptBytes;
    private long checkedUpTo; // corruption before this was already counted (at open or by an earlier read)
    private Instant oldestUnacknowledged;
    private boolean dirty;
    private boolean closed;

    private ReadingJournal(JournalSettings settings, DirectoryLock lock, AckFile ackFile,
                           JournalRecovery.Recovered recovered) {
        this.settings = settings;
        this.lock = lock;
        this.ackFile = ackFile;
        this.segments = recovered.segments();
        this.recovery = recovered.report();
        this.active = segments.lastEntry().getValue();
        this.acked = recovered.acknowledged();
        this.backlog = recovered.backlog();
        this.oldestUnacknowledged = recovered.oldestUnacknowledgedAt();
        this.corruptRegions = recovery.corruptRegions();
        this.corruptBytes = recovery.corruptBytes();
        this.totalBytes = segments.values().stream().mapToLong(Segment::size).sum();
        this.checkedUpTo = active.end();
        this.syncer = JournalSyncer.start(settings.fsync(), this::sync);
    }

    /**
     * Opens (creating if needed) the journal in {@code settings.directory()}, recovering from a crash: fully
     * acknowledged segments are deleted, a torn last record is truncated and corruption is counted and logged.
     *
     * @throws IllegalStateException if another journal holds the directory, or a file there is not a segment
     * @throws UncheckedIOException  if the directory cannot be read or written
     */
    public static ReadingJournal open(JournalSettings settings) {
        Objects.requireNonNull(settings, "settings");
        DirectoryLock lock = DirectoryLock.acquire(settings.directory());
        try {
            AckFile ackFile = new AckFile(settings.directory());
            return new ReadingJournal(settings, lock, ackFile, JournalRecovery.recover(settings.directory(), ackFile));
        } catch (IOException e) {
            lock.release();
            throw new UncheckedIOException("cannot open journal " + settings.directory() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /**
     * Appends a reading; it is durable per the fsync policy when this returns.
     *
     * @return the reading's position
     * @throws JournalFullException if the journal is full and the policy is {@link FullPolicy#REJECT_NEW}
     */
    public synchronized long append(ObdReading reading) {
        ensureOpen();
        ByteBuffer record = JournalRecords.encode(Events.OBD_READING.encode(reading));
        int size = record.remaining();
        boolean roll = active.size() > JournalRecords.SEGMENT_HEADER && active.size() + size > settings.segmentSizeBytes();
        try {
            while (totalBytes + size + (roll ? JournalRecords.SEGMENT_HEADER : 0) > settings.maxSizeBytes()) {
                makeRoom(reading);
            }
            if (roll) {
                roll();
            }
            long position = active.end();
            active.append(record);
            totalBytes += size;
            appended++;
            backlog++;
            if (oldestUnacknowledged == null) {
                oldestUnacknowledged = reading.capturedAt();
            }
            if (settings.fsync().mode() == FsyncPolicy.Mode.EVERY_APPEND) {
                active.force();
            } else {
                dirty = true;
            }
            return position;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to journal " + settings.directory(), e);
        }
    }

    /**
     * Up to {@code max} unacknowledged readings in append order, starting at {@code position} (or at the
     * acknowledged position if that is later: acknowledged readings are gone). Corrupt records are skipped and
     * counted.
     */
    public synchronized List<JournalEntry> readFrom(long position, int max) {
        ensureOpen();
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        List<JournalEntry> out = new ArrayList<>(Math.min(max, 1024));
        long from = Math.max(position, Math.max(acked, segments.firstKey()));
        if (from >= active.end()) {
            return out;
        }
        try {
            for (Segment segment : segments.tailMap(segments.floorKey(from), true).values()) {
                readSegment(segment, Math.max(JournalRecords.SEGMENT_HEADER, from - segment.base()), max, out);
                if (out.size() >= max) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + settings.directory(), e);
        }
        return out;
    }

    /**
     * Marks everything before {@code position} delivered: persists the position atomically, then deletes segments
     * that lie entirely before it. A position at or before the current one is ignored.
     *
     * @param position a {@link JournalEntry#nextPosition()} returned by {@link #readFrom}
     */
    public synchronized void acknowledge(long position) {
        ensureOpen();
        if (position <= acked) {
            return;
        }
        if (position > active.end()) {
            throw new IllegalArgumentException("cannot acknowledge " + position + ": the journal ends at " + active.end());
        }
        try {
            backlog -= countRecords(acked, position);
            ackFile.write(position);
            acked = position;
            deleteAcknowledgedSegments();
            refreshOldest();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot acknowledge in journal " + settings.directory(), e);
        }
    }

    /** Everything before this position is delivered; sending resumes here. */
    public synchronized long acknowledgedPosition() {
        return acked;
    }

    /** Where the next append goes. */
    public synchronized long endPosition() {
        return active.end();
    }

    /** What open found. */
    public RecoveryReport recovery() {
        return recovery;
    }

    /** The settings this journal was opened with. */
    public JournalSettings settings() {
        return settings;
    }

    /** Counters since open; backlog, size and the oldest unacknowledged reading as of now. */
    public synchronized JournalCounters counters() {
        return new JournalCounters(appended, backlog, totalBytes, droppedAtSource, droppedOldest, corruptRegions,
                corruptBytes, oldestUnacknowledged);
    }

    /** Forces what was appended so far to disk, whatever the policy. */
    public void sync() {
        Segment target;
        synchronized (this) {
            if (closed || !dirty) {
                return;
            }
            dirty = false;
            target = active;
        }
        try {
            target.force(); // outside the lock: appends go on meanwhile
        } catch (ClosedChannelException e) {
            // rolled or closed meanwhile, and both force it themselves
        } catch (IOException e) {
            LOG.error("journal {}: fsync failed; readings since the last fsync may not survive a power loss",
                    settings.directory(), e);
        }
    }

    /** Forces everything to disk and closes the files. Unacknowledged readings stay for the next open. Idempotent. */
    @Override
    public void close() {
        syncer.stop();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                active.force();
                for (Segment segment : segments.values()) {
                    segment.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close journal " + settings.directory(), e);
            } finally {
                lock.release();
            }
        }
    }

    private void readSegment(Segment segment, long from, int max, List<JournalEntry> out) throws IOException {
        JournalRecords.Scan scan = JournalRecords.scan(segment.channel(), from, segment.size(), (offset, payload) -> {
            long position = segment.base() + offset;
            try {
                out.add(new JournalEntry(position, position + JournalRecords.RECORD_HEADER + payload.length,
                        Events.OBD_READING.decode(payload)));
            } catch (EventDecodingException e) {
                // intact on disk but not readable by this version (written by a newer collector?)
                reportCorruption(position, 1, JournalRecords.RECORD_HEADER + payload.length, e.getMessage());
            }
            return out.size() < max;
        });
        if (scan.corruptRegions() > 0) {
            reportCorruption(segment.base() + from, scan.corruptRegions(), scan.corruptBytes(), "CRC mismatch");
        }
    }

    private void reportCorruption(long position, long regions, long bytes, String reason) {
        if (position < checkedUpTo) {
            return; // counted and logged before
        }
        checkedUpTo = position + 1;
        corruptRegions += regions;
        corruptBytes += bytes;
        LOG.warn("journal {}: skipped {} corrupt region(s), {} bytes, after position {}: {}", settings.directory(),
                regions, bytes, position, reason);
    }

    private long countRecords(long from, long to) throws IOException {
        long[] count = {0};
        for (Segment segment : segments.tailMap(segments.floorKey(Math.max(from, segments.firstKey())), true).values()) {
            long start = Math.max(JournalRecords.SEGMENT_HEADER, from - segment.base());
            long limit = Math.min(segment.size(), to - segment.base());
            if (start < limit) {
                JournalRecords.scan(segment.channel(), start, limit, (offset, payload) -> ++count[0] > 0);
            }
        }
        return count[0];
    }

    private void roll() throws IOException {
        if (settings.fsync().mode() != FsyncPolicy.Mode.NEVER) {
            active.force();
        }
        active = Segment.create(settings.directory(), active.end());
        segments.put(active.base(), active);
        totalBytes += active.size();
        AckFile.syncDirectory(settings.directory());
    }

    private void makeRoom(ObdReading reading) throws IOException {
        if (settings.whenFull() == FullPolicy.REJECT_NEW || segments.size() < 2) {
            droppedAtSource++;
            throw new JournalFullException("journal " + settings.directory() + " is full (" + totalBytes + " of "
                    + settings.maxSizeBytes() + " bytes, " + backlog + " readings waiting for Kafka): reading "
                    + reading.signal() + " of " + reading.vin() + " dropped at source");
        }
        Segment oldest = segments.firstEntry().getValue();
        long lost = countRecords(acked, oldest.end());
        long newAcked = Math.max(acked, oldest.end());
        ackFile.write(newAcked);
        acked = newAcked;
        segments.pollFirstEntry();
        oldest.delete();
        totalBytes -= oldest.size();
        backlog -= lost;
        droppedOldest += lost;
        refreshOldest();
        LOG.error("journal {} full ({} bytes): DROPPED the oldest segment {} with {} readings never delivered to Kafka "
                + "(policy DROP_OLDEST; {} dropped so far)", settings.directory(), settings.maxSizeBytes(),
                oldest.path().getFileName(), lost, droppedOldest);
    }

    private void deleteAcknowledgedSegments() throws IOException {
        while (segments.size() > 1 && segments.firstEntry().getValue().end() <= acked) {
            Segment done = segments.pollFirstEntry().getValue();
            totalBytes -= done.size();
            done.delete();
        }
    }

    private void refreshOldest() {
        List<JournalEntry> next = readFrom(acked, 1);
        oldestUnacknowledged = next.isEmpty() ? null : next.get(0).reading().capturedAt();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("journal " + settings.directory() + " is closed");
        }
    }
}
