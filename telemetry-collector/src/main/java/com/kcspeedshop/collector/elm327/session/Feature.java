package com.kcspeedshop.collector.elm327.session;

/** A capability probed during init; each maps to the command that exercises it harmlessly. */
public enum Feature {
    /** ATPPS: print the programmable-parameter summary (read-only; v1.1+). */
    PROGRAMMABLE_PARAMETERS("ATPPS"),
    /** ATCRA: reset the CAN receive address filter (v1.3+). */
    CAN_RECEIVE_ADDRESS("ATCRA"),
    /** ATCAF0: raw CAN frames without ISO-TP formatting (restored to CAF1 after the probe). */
    CAN_AUTO_FORMAT_OFF("ATCAF0"),
    /** ATS0: no spaces between bytes (v1.3+; restored to S1 after the probe). */
    SPACES_OFF("ATS0"),
    /** ATH1: show CAN headers, needed to tell ECUs apart. */
    HEADERS("ATH1"),
    /** ATAT2: aggressive adaptive timing (v1.2+). */
    ADAPTIVE_TIMING_2("ATAT2"),
    /** ATAT1: normal adaptive timing. */
    ADAPTIVE_TIMING_1("ATAT1"),
    /** ATST: explicit response timeout in 4 ms steps. */
    SET_TIMEOUT("ATST32"),
    /** Several PIDs in one service 01 request (e.g. {@code 01 0C 0D}), CAN only, up to six. */
    MULTI_PID(null),
    /** ATE0 turns the echo off. */
    ECHO_OFF(null),
    /** The ST command set of STN chips. */
    STN_COMMANDS("STI");

    private final String probe;

    Feature(String probe) {
        this.probe = probe;
    }

    /** The AT command that tests the feature, or null when it is judged from other answers. */
    public String probe() {
        return probe;
    }
}
