package com.kcspeedshop.collector.elm327.emulator;

/** Known faults of cheap ELM327 clones, each switched on by name. */
public enum CloneQuirk {
    /** Banner says v2.1, but the firmware is v1.5-like: {@code ?} to ATPPS/ATPP, ATCRA, ATAT2, ATCSM. */
    FAKE_V21,
    /** ATE0 answers OK but the echo stays on. */
    ECHO_STUCK,
    /** ATZ takes seconds (the slow-reset duration) before the banner and prompt. */
    SLOW_RESET,
    /** ATZ drops the link, as Bluetooth clones do when the reset reboots their radio. */
    RESET_DROPS_LINK,
    /** Some OBD requests fail with BUS INIT: ...ERROR, STOPPED, NO DATA or CAN ERROR (seeded rate). */
    SPORADIC_BUS_ERRORS,
    /** Non-printable bytes before the prompt. */
    GARBAGE_BEFORE_PROMPT,
    /** Multi-PID requests are answered for their first PID only. */
    NO_MULTI_PID
}
