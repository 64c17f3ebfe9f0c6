package com.kcspeedshop.collector.elm327.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The init sequence: reset, echo off, identify, probe, pick timing, find and pin the protocol, try multi-PID, judge
 * the chip. Every step that a clone is known to get wrong is checked, and the fault recorded as a workaround.
 */
final class AdapterInit {

    /** Init cannot go on: the link dropped or the adapter stopped answering. */
    static final class InitFailedException extends RuntimeException {
        InitFailedException(String message) {
            super(message);
        }
    }

    /** Probed in this order so the last timing command that sticks is the best supported one (AT2 over AT1). */
    private static final List<Feature> PROBES = List.of(Feature.PROGRAMMABLE_PARAMETERS, Feature.CAN_RECEIVE_ADDRESS,
            Feature.CAN_AUTO_FORMAT_OFF, Feature.SPACES_OFF, Feature.HEADERS, Feature.SET_TIMEOUT,
            Feature.ADAPTIVE_TIMING_1, Feature.ADAPTIVE_TIMING_2);
    /** Answers that mean the bus hiccupped, not that the request is unsupported; worth a retry during init. */
    private static final List<String> TRANSIENT = List.of("BUSINIT", "STOPPED", "CANERROR", "BUSERROR", "NODATA",
            "FBERROR", "DATAERROR", "RXERROR", "BUFFERFULL", "BUSBUSY");
    private static final int OBD_ATTEMPTS = 4;
    private static final Pattern VOLTS = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})?)\\s*V?");
    /** CAN protocols 6-9 (ISO 15765-4 11/29 bit, 500/250 kbaud): the only ones where multi-PID requests exist. */
    private static final Set<String> CAN_PROTOCOLS = Set.of("6", "7", "8", "9");

    private final ElmSession session;
    private final SessionSettings settings;
    private final Map<Workaround, String> learned;
    private final Set<Feature> supported = EnumSet.noneOf(Feature.class);
    private final Set<Feature> unsupported = EnumSet.noneOf(Feature.class);
    private int transientErrors;

    AdapterInit(ElmSession session, SessionSettings settings) {
        this.session = session;
        this.settings = settings;
        this.learned = session.learned;
    }

    Fingerprint run() {
        reset();
        boolean echoStuck = echoOff();
        String claimed = require("ATI").text();
        String description = optional("AT@1");
        String stnVersion = optional("STI");
        String stnDevice = stnVersion == null ? null : optional("STDI");
        Double volts = volts(optional("ATRV"));
        probe();
        configure();
        String[] protocol = findProtocol();
        probeMultiPid(protocol[1]);
        (stnVersion == null ? unsupported : supported).add(Feature.STN_COMMANDS);
        ChipJudge.Verdict verdict = ChipJudge.judge(claimed, stnVersion, unsupported, echoStuck);
        if (verdict.chip() == Chip.ELM327_CLONE || transientErrors > 0) {
            learned.putIfAbsent(Workaround.LOWER_REQUEST_RATE, (verdict.chip() == Chip.ELM327_CLONE
                    ? "clone chip" : transientErrors + " bus errors during init") + ": OBD requests spaced at least "
                    + settings.cloneRequestInterval().toMillis() + " ms apart");
        }
        List<AppliedWorkaround> workarounds = new ArrayList<>();
        learned.forEach((w, reason) -> workarounds.add(new AppliedWorkaround(w, reason)));
        return new Fingerprint(session.description(), claimed, description, stnVersion, stnDevice, verdict.chip(),
                verdict.reason(), protocol[0], protocol[1], volts, supported, unsupported, workarounds,
                transientErrors);
    }

    /** ATZ unless an earlier attempt learned that ATZ hangs or drops the link on this adapter. */
    private void reset() {
        if (learned.containsKey(Workaround.SKIP_SLOW_RESET) || learned.containsKey(Workaround.AVOID_RESET_LINK_DROP)) {
            CommandResult warm = session.send("ATWS");
            if (!(warm instanceof CommandResult.Response r) || r.unknownCommand()) {
                failIfLost(warm);
                require("ATD");
            }
            return;
        }
        CommandResult reset = session.send("ATZ");
        if (reset instanceof CommandResult.Timeout) {
            learned.put(Workaround.SKIP_SLOW_RESET, "ATZ gave no prompt within " + settings.resetTimeout().toMillis()
                    + " ms; ATD now, ATWS on later inits");
            awaitReboot();
            require("ATD");
        } else if (reset instanceof CommandResult.LinkLost lost) {
            learned.put(Workaround.AVOID_RESET_LINK_DROP, "link dropped on ATZ (" + lost.reason()
                    + "); reconnected and used ATWS");
            throw new InitFailedException("link dropped on ATZ: " + lost.reason());
        }
    }

    private void awaitReboot() {
        try {
            session.awaitPrompt(settings.resetTimeout().multipliedBy(4));
        } catch (java.io.IOException e) {
            throw new InitFailedException("link dropped while the adapter rebooted: " + e.getMessage());
        }
    }

    /** Turns echo off and checks it stayed off: stuck-echo clones answer OK to ATE0 and keep echoing. */
    private boolean echoOff() {
        CommandResult.Response e0 = require("ATE0");
        CommandResult.Response l0 = require("ATL0");
        if (l0.echoed()) {
            unsupported.add(Feature.ECHO_OFF);
            learned.put(Workaround.STRIP_STUCK_ECHO, "ATE0 answered '" + e0.text()
                    + "' but the answer to ATL0 was still echoed");
            return true;
        }
        supported.add(Feature.ECHO_OFF);
        return false;
    }

    private void probe() {
        for (Feature feature : PROBES) {
            String answer = optional(feature.probe());
            (answer != null && !answer.contains("?") ? supported : unsupported).add(feature);
        }
    }

    /** Restores the formatting the response parser expects and settles on the best timing the adapter has. */
    private void configure() {
        optional("ATCAF1");
        optional("ATS1");
        optional(settings.headers() ? "ATH1" : "ATH0");
        if (supported.contains(Feature.ADAPTIVE_TIMING_2)) {
            return;
        }
        if (supported.contains(Feature.ADAPTIVE_TIMING_1)) {
            learned.put(Workaround.ADAPTIVE_TIMING_FALLBACK, "ATAT2 unsupported; adaptive timing ATAT1 instead");
        } else {
            learned.put(Workaround.EXPLICIT_TIMEOUT, "neither ATAT2 nor ATAT1 accepted; fixed ATST32 (200 ms) instead");
            optional("ATST32");
        }
    }

    /** @return {description, number}; both null when no ECU answered */
    private String[] findProtocol() {
        optional(session.pinnedProtocol == null ? "ATSP0" : "ATSP" + session.pinnedProtocol);
        CommandResult.Response first = obd("0100", settings.firstRequestTimeout());
        if (first == null) {
            return new String[] {null, null};
        }
        String dpn = optional("ATDPN");
        String dp = optional("ATDP");
        String number = dpn == null ? null : dpn.strip().replaceFirst("^[Aa]", "");
        String description = dp == null ? null : dp.replaceFirst("^AUTO,\\s*", "");
        if (number != null && !number.isEmpty() && dpn.strip().startsWith("A")) {
            optional("ATSP" + number);
            session.pinnedProtocol = number;
            learned.put(Workaround.PIN_PROTOCOL, "auto-search found protocol " + number + " (" + description
                    + "); pinned with ATSP" + number + " so requests and reconnects skip the search");
        }
        return new String[] {description, number};
    }

    private void probeMultiPid(String protocolNumber) {
        if (protocolNumber == null || !CAN_PROTOCOLS.contains(protocolNumber)) {
            unsupported.add(Feature.MULTI_PID);
            return;
        }
        CommandResult.Response both = obd("01 0C 0D", settings.maxObdTimeout());
        if (both != null && answersBoth(both)) {
            supported.add(Feature.MULTI_PID);
            return;
        }
        unsupported.add(Feature.MULTI_PID);
        learned.put(Workaround.DISABLE_MULTI_PID, "'01 0C 0D' answered "
                + (both == null ? "with errors only" : "'" + both.text().replace('\n', '|') + "'")
                + " instead of both PIDs; one PID per request");
    }

    /** RPM (0C, 2 data bytes) followed by speed (0D) in one service 01 answer, with or without headers. */
    static boolean answersBoth(CommandResult.Response response) {
        for (String line : response.lines()) {
            String c = ResponseCleaner.compact(line);
            int at = c.indexOf("410C");
            if (at >= 0 && c.length() >= at + 12 && c.startsWith("0D", at + 8)) {
                return true;
            }
        }
        return false;
    }

    /** An OBD request retried over transient bus errors; null when it never got a clean answer. */
    private CommandResult.Response obd(String request, Duration timeout) {
        for (int attempt = 0; attempt < OBD_ATTEMPTS; attempt++) {
            CommandResult result = session.send(request, timeout);
            failIfLost(result);
            if (result instanceof CommandResult.Response r && !r.text().isEmpty() && !isTransient(r.text())) {
                return r;
            }
            transientErrors++;
        }
        return null;
    }

    private static boolean isTransient(String text) {
        String c = ResponseCleaner.compact(text);
        return TRANSIENT.stream().anyMatch(c::contains) || c.contains("UNABLETOCONNECT");
    }

    private CommandResult.Response require(String command) {
        CommandResult result = session.send(command);
        if (result instanceof CommandResult.Timeout) {
            // one retry: a clone busy with a late answer to the previous command misses the first try
            result = session.send(command);
        }
        failIfLost(result);
        if (result instanceof CommandResult.Response r) {
            return r;
        }
        throw new InitFailedException("adapter did not answer " + command);
    }

    /** The answer, or null when the adapter did not know the command or did not answer. */
    private String optional(String command) {
        CommandResult result = session.send(command);
        failIfLost(result);
        if (result instanceof CommandResult.Response r && !r.unknownCommand() && !r.text().isEmpty()) {
            return r.text();
        }
        return null;
    }

    private static void failIfLost(CommandResult result) {
        if (result instanceof CommandResult.LinkLost lost) {
            throw new InitFailedException("link lost on " + lost.command() + ": " + lost.reason());
        }
    }

    private static Double volts(String answer) {
        if (answer == null) {
            return null;
        }
        Matcher m = VOLTS.matcher(answer.strip());
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }
}
