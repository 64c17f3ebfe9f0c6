package com.kcspeedshop.collector.publish.journal;

/**
 * What {@link ReadingJournal#open} found on disk.
 *
 * @param segments             segment files kept
 * @param backlog              readings journaled but not acknowledged, to be sent again
 * @param acknowledgedPosition where sending resumes
 * @param endPosition          where the next append goes
 * @param tornBytesTruncated   bytes cut off the tail: a record half-written when the process or machine died (at
 *                             least one reading lost, unless the bytes were never a whole record)
 * @param corruptRegions       runs of bad bytes (CRC mismatch) before the tail, skipped when reading
 * @param corruptBytes         bytes in those runs
 */
public record RecoveryReport(int segments, long backlog, long acknowledgedPosition, long endPosition,
                             long tornBytesTruncated, long corruptRegions, long corruptBytes) {

    /** Whether anything was lost or skipped. */
    public boolean clean() {
        return tornBytesTruncated == 0 && corruptRegions == 0;
    }
}
