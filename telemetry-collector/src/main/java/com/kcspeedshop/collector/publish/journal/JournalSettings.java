package com.kcspeedshop.collector.publish.journal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of {@link ReadingJournal}, validated on construction.
 *
 * @param directory        where segments and the acknowledged position live; created if missing; one journal per
 *                         directory (a lock file enforces it)
 * @param segmentSizeBytes a segment is closed and a new one started beyond this; 64 KiB..1 GiB, default 16 MiB.
 *                         Acknowledged data is freed a whole segment at a time, so smaller segments free disk sooner
 * @param maxSizeBytes     all segments together stay within this; at least 2 segments, at most 1 TiB; default 256 MiB,
 *                         about 3 million readings: a car at 7 readings per second for 5 days offline
 * @param fsync            when appends reach the disk; default every 100 ms (see {@link FsyncPolicy})
 * @param whenFull         what happens at {@code maxSizeBytes}; default {@link FullPolicy#REJECT_NEW}
 */
public record JournalSettings(Path directory, long segmentSizeBytes, long maxSizeBytes, FsyncPolicy fsync,
                              FullPolicy whenFull) {

    static final long MIN_SEGMENT = 64 * 1024;
    static final long MAX_SEGMENT = 1L << 30;
    static final long MAX_TOTAL = 1L << 40;

    public JournalSettings {
        Objects.requireNonNull(directory, "journal directory must not be null");
        if (segmentSizeBytes < MIN_SEGMENT || segmentSizeBytes > MAX_SEGMENT) {
            throw new IllegalArgumentException("journal segment size must be within 64 KiB..1 GiB, got "
                    + segmentSizeBytes + " bytes");
        }
        if (maxSizeBytes < 2 * segmentSizeBytes || maxSizeBytes > MAX_TOTAL) {
            throw new IllegalArgumentException("journal max size must be at least two segments (" + 2 * segmentSizeBytes
                    + " bytes) and at most 1 TiB, got " + maxSizeBytes + " bytes");
        }
        Objects.requireNonNull(fsync, "journal fsync policy must not be null");
        Objects.requireNonNull(whenFull, "journal full policy must not be null");
    }

    /** Defaults for everything but the directory. */
    public static JournalSettings of(Path directory) {
        return new JournalSettings(directory, 16L << 20, 256L << 20, FsyncPolicy.defaults(), FullPolicy.REJECT_NEW);
    }

    public JournalSettings withSizes(long newSegmentSizeBytes, long newMaxSizeBytes) {
        return new JournalSettings(directory, newSegmentSizeBytes, newMaxSizeBytes, fsync, whenFull);
    }

    public JournalSettings withFsync(FsyncPolicy newFsync) {
        return new JournalSettings(directory, segmentSizeBytes, maxSizeBytes, newFsync, whenFull);
    }

    public JournalSettings withWhenFull(FullPolicy newWhenFull) {
        return new JournalSettings(directory, segmentSizeBytes, maxSizeBytes, fsync, newWhenFull);
    }
}
