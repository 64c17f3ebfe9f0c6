package com.kcspeedshop.collector.poll;

/**
 * Counters of a {@link Poller} since it started.
 *
 * @param requests      service 01 requests sent
 * @param readings      readings handed to the publisher
 * @param adapterErrors answers that were an adapter error line ({@code NO DATA}, {@code CAN ERROR}, {@code STOPPED} ...)
 * @param garbage       answers nothing could be read from
 * @param timeouts      requests without an answer in time
 * @param linkLosses    requests that found the link gone even after a reconnect
 * @param decodeErrors  messages (or parts) the OBD decoder could not decode, negative responses included
 * @param unavailable   times the adapter could not be reconnected at all (the poller waits and tries again)
 * @param implausible   decoded values dropped as physically impossible ({@link
 *                      com.kcspeedshop.collector.obd.Plausibility}): not published, logged with the raw frame
 */
public record PollStats(long requests, long readings, long adapterErrors, long garbage, long timeouts, long linkLosses,
                        long decodeErrors, long unavailable, long implausible) {

    /** e.g. {@code requests 120, readings 610, adapter errors 2, garbage 0, timeouts 1, link losses 0}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "requests %,d, readings %,d, adapter errors %,d, garbage %,d, "
                + "timeouts %,d, link losses %,d, decode errors %,d, implausible %,d", requests, readings,
                adapterErrors, garbage, timeouts, linkLosses, decodeErrors, implausible);
    }
}
