package com.kcspeedshop.collector.elm327.emulator;

/** The adapter's settings as AT commands leave them; the defaults are an ELM327's after ATZ/ATD. */
final class AdapterState {

    boolean echo;
    boolean linefeeds;
    boolean spaces;
    boolean headers;
    boolean autoFormat;
    int adaptiveTiming;
    int timeoutHex;
    /** Protocol number 0-C as ATSP takes it; 0 means automatic search. */
    char protocol;
    /** ATSP0 or ATSPAn: search when the set protocol does not answer. */
    boolean automatic;
    /** The protocol the last search found, 0 before a search. */
    char found;
    String lastCommand = "";

    AdapterState() {
        defaults();
    }

    void defaults() {
        echo = true;
        linefeeds = false;
        spaces = true;
        headers = false;
        autoFormat = true;
        adaptiveTiming = 1;
        timeoutHex = 0x32;
        protocol = '0';
        automatic = true;
        found = '0';
    }

    String eol() {
        return linefeeds ? "\r\n" : "\r";
    }
}
