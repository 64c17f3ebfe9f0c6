package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.obd.Dtc;
import com.kcspeedshop.collector.obd.DtcKind;
import com.kcspeedshop.collector.obd.DtcList;
import com.kcspeedshop.collector.obd.DtcsCleared;
import com.kcspeedshop.collector.obd.ObdDecodeResult;
import com.kcspeedshop.collector.obd.ObdDecoder;
import com.kcspeedshop.collector.obd.ObdRequests;
import com.kcspeedshop.collector.poll.ObdQuery;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dtc}: reads the car's trouble codes, and clears them only when told twice. */
@Command(name = "dtc",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        sortOptions = false,
        description = {
            "Reads the diagnostic trouble codes of every ECU: stored (service 03), pending (07) and permanent (0A), "
                    + "each with its generic meaning.",
            "--clear --yes then clears them (service 04). Clearing also erases freeze frames and readiness monitors, "
                    + "so an inspection cannot be passed right after; permanent codes stay until the car clears them. "
                    + "--clear without --yes refuses (exit code 2).",
            "Exit codes: 0 done, 1 adapter unreachable or the clear was not confirmed, 2 invalid command line."},
        footer = {"", "Examples:",
            "  kcs-collector dtc --port /dev/ttyUSB0",
            "  kcs-collector dtc --port /dev/ttyUSB0 --clear --yes"})
final class DtcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AdapterOptions adapter;

    @Option(names = "--clear", description = "Clear the codes after reading them; needs --yes.")
    private boolean clear;

    @Option(names = "--yes", description = "Confirm --clear.")
    private boolean yes;

    @Override
    public Integer call() throws Exception {
        if (clear && !yes) {
            spec.commandLine().getErr().println("refusing to clear trouble codes without --yes: clearing also erases "
                    + "freeze frames and readiness monitors. Read them first, then run again with --clear --yes.");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        ElmSession session;
        try {
            session = new ElmSession(adapter.transport(), SessionSettings.defaults());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try (session) {
            session.connect();
            ObdQuery query = new ObdQuery(session, ObdDecoder.standard());
            for (DtcKind kind : DtcKind.values()) {
                printCodes(out, kind, query.ask(ObdRequests.troubleCodes(kind)));
            }
            int code = clear ? clearCodes(out, query) : 0;
            out.flush();
            return code;
        } catch (AdapterUnavailableException e) {
            spec.commandLine().getErr().println("adapter unavailable: " + e.getMessage());
            return 1;
        }
    }

    private static void printCodes(PrintWriter out, DtcKind kind, ObdQuery.Outcome outcome) {
        String title = kind.name().toLowerCase(java.util.Locale.ROOT);
        boolean any = false;
        for (ObdDecodeResult result : outcome.results()) {
            if (result instanceof DtcList list) {
                any = true;
                out.printf("%s codes, ECU %s: %s%n", title, list.ecu(), list.dtcs().isEmpty() ? "none" : "");
                for (Dtc dtc : list.dtcs()) {
                    out.printf("  %s  %s%n", dtc.code(), dtc.description() == null ? "(no generic description; "
                            + "manufacturer specific)" : dtc.description());
                }
            }
        }
        if (!any) {
            out.printf("%s codes: no ECU answered%s%n", title,
                    outcome.problem() == null ? "" : " (" + outcome.problem() + ")");
        }
    }

    private static int clearCodes(PrintWriter out, ObdQuery query) throws AdapterUnavailableException {
        ObdQuery.Outcome outcome = query.ask(ObdRequests.clearTroubleCodes());
        long confirmed = outcome.results().stream().filter(DtcsCleared.class::isInstance).count();
        outcome.results().stream().filter(DtcsCleared.class::isInstance)
                .forEach(r -> out.printf("cleared: ECU %s confirmed%n", r.ecu()));
        if (confirmed == 0) {
            out.println("clear not confirmed by any ECU" + (outcome.problem() == null ? "" : ": "
                    + outcome.problem()));
            return 1;
        }
        return 0;
    }
}
