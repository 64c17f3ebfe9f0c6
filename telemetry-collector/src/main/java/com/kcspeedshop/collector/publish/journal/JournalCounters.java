package com.kcspeedshop.collector.publish.journal;

import java.time.Instant;

/**
 * A snapshot of a journal's counters since it was opened (backlog and sizes are current values).
 *
 * @param appended                   readings appended since open
 * @param backlog                    readings journaled and not yet acknowledged, including ones recovered at open
 * @param sizeBytes                  bytes on disk in segments
 * @param droppedAtSource            readings refused because the journal was full ({@link FullPolicy#REJECT_NEW})
 * @param droppedOldest              unacknowledged readings deleted to make room ({@link FullPolicy#DROP_OLDEST})
 * @param corruptRegions             corrupt runs found at open or while reading, and undecodable records
 * @param corruptBytes               bytes in those
 * @param oldestUnacknowledgedAt     capture time of the oldest unacknowledged reading, or null when there is none
 */
public record JournalCounters(long appended, long backlog, long sizeBytes, long droppedAtSource, long droppedOldest,
                              long corruptRegions, long corruptBytes, Instant oldestUnacknowledgedAt) {
}
