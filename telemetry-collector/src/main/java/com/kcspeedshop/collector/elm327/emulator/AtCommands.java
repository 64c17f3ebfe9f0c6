package com.kcspeedshop.collector.elm327.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleSupplier;

/** The AT (and, for STN models, ST) command set of the emulated adapter. */
final class AtCommands {

    /** Commands the v1.5-like firmware behind a fake v2.1 banner does not know. */
    private static final Set<String> MISSING_ON_FAKE = Set.of("PPS", "CRA", "AT2", "CSM");
    private static final String DESCRIPTION = "OBDII to RS232 Interpreter";

    private final EmulatorSettings settings;
    private final AdapterState state;
    private final DoubleSupplier volts;

    AtCommands(EmulatorSettings settings, AdapterState state, DoubleSupplier volts) {
        this.settings = settings;
        this.state = state;
        this.volts = volts;
    }

    private String banner() {
        return settings.has(CloneQuirk.FAKE_V21) ? "ELM327 v2.1" : settings.model().banner();
    }

    /** @param body the command after "AT", upper case without spaces */
    Reply at(String body) {
        if (settings.has(CloneQuirk.FAKE_V21) && (MISSING_ON_FAKE.contains(body) || body.startsWith("PP"))) {
            return Reply.UNKNOWN;
        }
        return switch (body) {
            case "Z" -> reset();
            case "WS" -> warmStart();
            case "D" -> {
                state.defaults();
                yield Reply.OK;
            }
            case "I" -> Reply.of(banner());
            case "@1" -> Reply.of(DESCRIPTION);
            case "RV" -> Reply.of(String.format(Locale.ROOT, "%.1fV", volts.getAsDouble()));
            case "DP" -> Reply.of(protocolName());
            case "DPN" -> Reply.of((state.automatic ? "A" : "") + currentProtocol());
            case "PPS" -> Reply.of("00:FF F  01:FF F  02:FF F  03:32 F", "04:01 F  05:FF F  06:F1 F  07:09 F");
            case "PC", "CRA", "AL", "NL", "M0", "M1", "V0", "V1", "CSM0", "CSM1" -> Reply.OK;
            default -> setting(body);
        };
    }

    private Reply setting(String body) {
        if (body.length() == 2 && "ELSH".indexOf(body.charAt(0)) >= 0 && (body.charAt(1) == '0' || body.charAt(1) == '1')) {
            boolean on = body.charAt(1) == '1';
            switch (body.charAt(0)) {
                case 'E' -> state.echo = on || settings.has(CloneQuirk.ECHO_STUCK);
                case 'L' -> state.linefeeds = on;
                case 'S' -> state.spaces = on;
                default -> state.headers = on;
            }
            return Reply.OK;
        }
        if (body.equals("CAF0") || body.equals("CAF1")) {
            state.autoFormat = body.endsWith("1");
            return Reply.OK;
        }
        if (body.matches("AT[012]")) {
            state.adaptiveTiming = body.charAt(2) - '0';
            return Reply.OK;
        }
        if (body.matches("ST[0-9A-F]{2}")) {
            state.timeoutHex = Integer.parseInt(body.substring(2), 16);
            return Reply.OK;
        }
        if (body.matches("(SP|TP)A?[0-9A-C]")) {
            selectProtocol(body.charAt(body.length() - 1), body.contains("A") && body.length() == 4);
            return Reply.OK;
        }
        if (body.matches("SH[0-9A-F]{3}|CRA[0-9A-F]{3}|PP[0-9A-F]{2}(ON|OFF)")) {
            return Reply.OK;
        }
        return Reply.UNKNOWN;
    }

    private void selectProtocol(char protocol, boolean autoFrom) {
        state.protocol = protocol;
        state.automatic = protocol == '0' || autoFrom;
        state.found = '0';
    }

    /** @param body the command after "ST", upper case without spaces */
    Reply st(String body) {
        if (settings.model().stnVersion() == null) {
            return Reply.UNKNOWN;
        }
        return switch (body) {
            case "I" -> Reply.of(settings.model().stnVersion());
            case "DI" -> Reply.of(settings.model().stnDevice());
            default -> Reply.UNKNOWN;
        };
    }

    private Reply reset() {
        if (settings.has(CloneQuirk.RESET_DROPS_LINK)) {
            state.defaults();
            return Reply.drop();
        }
        Duration took = settings.has(CloneQuirk.SLOW_RESET) ? settings.slowReset() : settings.resetDuration();
        return restart(took);
    }

    private Reply warmStart() {
        // a warm start skips the LED test, so it is quicker than ATZ
        return restart(settings.resetDuration().dividedBy(3));
    }

    private Reply restart(Duration took) {
        state.defaults();
        if (settings.has(CloneQuirk.ECHO_STUCK)) {
            state.echo = true;
        }
        return Reply.after(took, List.of("", "", banner()));
    }

    char currentProtocol() {
        return state.automatic && state.found != '0' ? state.found : state.protocol;
    }

    private String protocolName() {
        String name = switch (currentProtocol()) {
            case '0' -> "";
            case '1' -> "SAE J1850 PWM";
            case '2' -> "SAE J1850 VPW";
            case '3' -> "ISO 9141-2";
            case '4' -> "ISO 14230-4 (KWP 5BAUD)";
            case '5' -> "ISO 14230-4 (KWP FAST)";
            case '6' -> "ISO 15765-4 (CAN 11/500)";
            case '7' -> "ISO 15765-4 (CAN 29/500)";
            case '8' -> "ISO 15765-4 (CAN 11/250)";
            case '9' -> "ISO 15765-4 (CAN 29/250)";
            default -> "SAE J1939 (CAN 29/250)";
        };
        return state.automatic ? (name.isEmpty() ? "AUTO" : "AUTO, " + name) : name;
    }
}
