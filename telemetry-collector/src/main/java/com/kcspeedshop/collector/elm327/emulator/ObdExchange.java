package com.kcspeedshop.collector.elm327.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** One OBD request on the emulated bus: protocol search, the selected protocol, sporadic clone errors, the answers. */
final class ObdExchange {

    /** The car speaks ISO 15765-4 CAN 11-bit 500 kbaud. */
    static final char CAR_PROTOCOL = '6';
    private static final List<String> SPORADIC = List.of("BUS INIT: ...ERROR", "STOPPED", "NO DATA", "CAN ERROR");

    private final EmulatorSettings settings;
    private final AdapterState state;
    private final AtCommands at;
    private final ObdResponder responder;
    private final Random random;

    ObdExchange(EmulatorSettings settings, AdapterState state, AtCommands at, ObdResponder responder, Random random) {
        this.settings = settings;
        this.state = state;
        this.at = at;
        this.responder = responder;
        this.random = random;
    }

    Reply answer(byte[] request) {
        List<String> lines = new ArrayList<>();
        java.time.Duration latency = settings.obdLatency();
        if (state.automatic && state.found == '0') {
            // the search tries protocols in turn until the car answers: slower than a normal request
            lines.add("SEARCHING...");
            state.found = CAR_PROTOCOL;
            latency = latency.multipliedBy(3);
        } else if (at.currentProtocol() != CAR_PROTOCOL) {
            return Reply.after(latency, List.of(wrongProtocol(at.currentProtocol())));
        }
        if (settings.has(CloneQuirk.SPORADIC_BUS_ERRORS) && random.nextDouble() < settings.errorRate()) {
            lines.add(SPORADIC.get(random.nextInt(SPORADIC.size())));
            return Reply.after(latency, lines);
        }
        List<ObdResponder.Answer> answers = responder.respond(request);
        if (answers.isEmpty()) {
            lines.add("NO DATA");
        }
        for (ObdResponder.Answer answer : answers) {
            lines.addAll(CanFormatter.format(answer.header(), answer.payload(), state));
        }
        return Reply.after(latency, lines);
    }

    /** What an ELM327 prints when the selected protocol is not the car's. */
    private static String wrongProtocol(char protocol) {
        return switch (protocol) {
            case '3', '4', '5' -> "BUS INIT: ...ERROR";
            case 'A', 'B', 'C' -> "CAN ERROR";
            default -> "NO DATA";
        };
    }
}
