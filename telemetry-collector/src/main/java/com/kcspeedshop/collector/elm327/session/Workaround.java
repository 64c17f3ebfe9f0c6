package com.kcspeedshop.collector.elm327.session;

/** A named change of behaviour the session made because of a known adapter fault. */
public enum Workaround {
    /** ATZ took too long (clones rebooting slowly): later inits use ATWS, and this one ATD, instead. */
    SKIP_SLOW_RESET,
    /** The link dropped on ATZ (Bluetooth clones reboot their radio): after reconnecting, ATWS replaces ATZ. */
    AVOID_RESET_LINK_DROP,
    /** ATE0 was accepted but the echo stayed on: every response has its first echoed line stripped. */
    STRIP_STUCK_ECHO,
    /** The protocol found by auto-search is set with ATSPn, so reconnects skip the search. */
    PIN_PROTOCOL,
    /** ATAT2 unsupported: normal adaptive timing ATAT1 instead. */
    ADAPTIVE_TIMING_FALLBACK,
    /** No adaptive timing at all: an explicit ATST timeout instead. */
    EXPLICIT_TIMEOUT,
    /** A clone: OBD requests are spaced out, because back-to-back requests make clones drop or garble answers. */
    LOWER_REQUEST_RATE,
    /** Multi-PID requests answered wrongly: one PID per request. */
    DISABLE_MULTI_PID
}
