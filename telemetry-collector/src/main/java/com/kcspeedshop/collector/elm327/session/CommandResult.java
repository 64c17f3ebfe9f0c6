package com.kcspeedshop.collector.elm327.session;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What happened to one command: the adapter answered, it stayed silent past the timeout, or the link went away. */
public sealed interface CommandResult permits CommandResult.Response, CommandResult.Timeout, CommandResult.LinkLost {

    /** The command as sent, without the CR. */
    String command();

    /**
     * The adapter answered with its prompt.
     *
     * @param text     the raw response: lines joined by {@code \n}, blank lines, echo, {@code SEARCHING...} and the
     *                 prompt removed, otherwise untouched (e.g. {@code "7E8 06 41 0C 1A F8 00 00"} or {@code "NO DATA"})
     * @param latency  from writing the command to seeing the prompt
     * @param echoed   the adapter echoed the command (echo still on, or stuck on)
     * @param searched the adapter searched for the protocol first ({@code SEARCHING...})
     */
    record Response(String command, String text, Duration latency, boolean echoed, boolean searched)
            implements CommandResult {

        /** The non-blank lines of {@link #text()}. */
        public List<String> lines() {
            return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
        }

        /** True for the {@code ?} an ELM327 prints for a command it does not know. */
        public boolean unknownCommand() {
            return text.equals("?");
        }
    }

    /**
     * No prompt within the timeout.
     *
     * @param partial what arrived before the timeout, cleaned like {@link Response#text()}
     */
    record Timeout(String command, Duration waited, String partial) implements CommandResult {
    }

    /** The link dropped (peer closed, device unplugged, Bluetooth out of range) or was not open. */
    record LinkLost(String command, String reason) implements CommandResult {
    }
}
