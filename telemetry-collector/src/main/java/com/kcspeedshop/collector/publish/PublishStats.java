package com.kcspeedshop.collector.publish;

/**
 * A snapshot of a publisher's counters.
 *
 * @param accepted  readings handed to {@link ReadingPublisher#publish}
 * @param delivered readings the destination acknowledged
 * @param failed    readings that will never be delivered, each logged with its reason
 * @param lastError reason of the most recent failure, or null if none
 */
public record PublishStats(long accepted, long delivered, long failed, String lastError) {

    /** Accepted but neither delivered nor failed yet. */
    public long pending() {
        return accepted - delivered - failed;
    }
}
