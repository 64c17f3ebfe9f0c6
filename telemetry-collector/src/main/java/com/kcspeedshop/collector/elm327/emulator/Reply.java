package com.kcspeedshop.collector.elm327.emulator;

import java.time.Duration;
import java.util.List;

/**
 * What the emulated adapter does after a command: wait, print lines and the prompt, or drop the link.
 *
 * @param lines    printed one per line ({@code ""} prints an empty line, as ATZ does before its banner)
 * @param delay    time before the answer (ECU latency, reset time)
 * @param dropLink close the link instead of answering
 */
record Reply(List<String> lines, Duration delay, boolean dropLink) {

    static Reply of(String... lines) {
        return new Reply(List.of(lines), Duration.ZERO, false);
    }

    static Reply after(Duration delay, List<String> lines) {
        return new Reply(List.copyOf(lines), delay, false);
    }

    static Reply drop() {
        return new Reply(List.of(), Duration.ZERO, true);
    }

    static final Reply OK = of("OK");
    static final Reply UNKNOWN = of("?");
}
