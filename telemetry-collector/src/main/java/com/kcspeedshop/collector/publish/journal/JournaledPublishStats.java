package com.kcspeedshop.collector.publish.journal;

import java.time.Duration;

/**
 * A snapshot of a {@link JournaledPublisher}'s counters since it was opened.
 *
 * @param recovered          unacknowledged readings found in the journal at open, sent again by this publisher
 * @param journaled          readings appended by {@code publish}
 * @param sent               readings handed to the producer (a batch record counts each of its readings), resends
 *                           after an outage or a restart included
 * @param acknowledged       readings Kafka acknowledged in journal order (the contiguous prefix)
 * @param backlog            readings journaled and not yet acknowledged
 * @param droppedAtSource    readings refused because the journal was full or the disk failed
 * @param droppedOldest      unacknowledged readings deleted to make room ({@link FullPolicy#DROP_OLDEST})
 * @param oldestUnacknowledgedAge how long ago the oldest unacknowledged reading was captured; zero when none
 * @param lastError          the latest send or journal failure, or null
 */
public record JournaledPublishStats(long recovered, long journaled, long sent, long acknowledged, long backlog,
                                    long droppedAtSource, long droppedOldest, Duration oldestUnacknowledgedAge,
                                    String lastError) {

    /** Readings that will never reach Kafka. */
    public long dropped() {
        return droppedAtSource + droppedOldest;
    }
}
