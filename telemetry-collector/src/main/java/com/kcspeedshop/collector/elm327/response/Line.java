package com.kcspeedshop.collector.elm327.response;

/** One meaningful line of adapter output, after echo, {@code SEARCHING...} and blank lines are gone. */
sealed interface Line {

    /** The line as printed (trimmed), for drop reports. */
    String text();

    /**
     * Hex data: only hex digits and spaces.
     *
     * @param digits the hex digits, upper case, spaces removed (with {@code AT S0} the adapter prints none)
     */
    record Hex(String text, String digits) implements Line {
    }

    /**
     * A numbered segment of a CAN multi-frame reply with headers off and auto formatting on: {@code 1: 47 50 30}.
     *
     * @param index  the segment number, 0 to F, wrapping
     * @param digits the data digits after the colon, upper case, spaces removed
     */
    record Indexed(String text, int index, String digits) implements Line {
    }

    /** An error or alert line. */
    record Error(String text, ElmError error) implements Line {
    }
}
