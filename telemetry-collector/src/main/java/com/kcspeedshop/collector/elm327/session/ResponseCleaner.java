package com.kcspeedshop.collector.elm327.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Removes what is session chatter rather than answer: blank lines, the echoed command and {@code SEARCHING...}. */
final class ResponseCleaner {

    /** The cleaned text and what was removed. */
    record Cleaned(String text, boolean echoed, boolean searched) {
    }

    private ResponseCleaner() {
    }

    static Cleaned clean(String command, String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.split("[\r\n]+")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        boolean echoed = !lines.isEmpty() && compact(lines.get(0)).equals(compact(command));
        if (echoed) {
            lines.remove(0);
        }
        // an ELM327 under ATSP0 prints SEARCHING... before the first answer; clones sometimes drop the dots
        boolean searched = lines.removeIf(l -> compact(l).startsWith("SEARCHING"));
        return new Cleaned(String.join("\n", lines), echoed, searched);
    }

    static String compact(String s) {
        return s.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
