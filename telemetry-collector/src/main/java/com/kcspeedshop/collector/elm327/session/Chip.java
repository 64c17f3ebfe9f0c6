package com.kcspeedshop.collector.elm327.session;

/** What the adapter turned out to be, judged from its answers rather than from its banner. */
public enum Chip {
    /** Claims a real ELM Electronics version and answers every probe as that version should. */
    ELM327_GENUINE,
    /** Claims to be an ELM327 but fails probes its version must pass, or claims a version ELM never released (v1.5). */
    ELM327_CLONE,
    /** OBD Solutions STN11xx/STN2xxx (OBDLink): ELM327 compatible and answers the ST command set (STI/STDI). */
    STN
}
