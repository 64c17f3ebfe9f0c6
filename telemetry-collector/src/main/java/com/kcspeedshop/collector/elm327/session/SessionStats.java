package com.kcspeedshop.collector.elm327.session;

/**
 * Counters of one session since it was created; a snapshot, safe to log or publish.
 *
 * @param commands       commands written
 * @param responses      commands answered with a prompt
 * @param timeouts       commands with no prompt in time
 * @param linkLosses     commands that found the link gone
 * @param reconnects     re-opens after a drop (each re-runs init)
 * @param garbageBytes   non-printable bytes dropped from responses (clone noise, line errors)
 * @param staleBytes     bytes drained before a command: late answers to earlier commands, unsolicited output
 * @param overflowChars  characters dropped because a response exceeded the size limit
 * @param echoesStripped responses whose first line was the echoed command
 */
public record SessionStats(long commands, long responses, long timeouts, long linkLosses, long reconnects,
                           long garbageBytes, long staleBytes, long overflowChars, long echoesStripped) {

    /** Responses that were not clean: any garbage, stale or overflowing bytes seen. */
    public long badBytes() {
        return garbageBytes + staleBytes + overflowChars;
    }
}
