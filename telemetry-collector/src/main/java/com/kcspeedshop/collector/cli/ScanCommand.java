package com.kcspeedshop.collector.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.obd.ObdDecoder;
import com.kcspeedshop.collector.obd.PidCatalog;
import com.kcspeedshop.collector.poll.DiscoveredPids;
import com.kcspeedshop.collector.poll.ObdQuery;
import com.kcspeedshop.collector.poll.PidDiscovery;
import com.kcspeedshop.collector.poll.VinReader;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scan}: what the adapter is and what the car offers, without publishing anything. */
@Command(name = "scan",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        sortOptions = false,
        description = {
            "Fingerprints the adapter, reads the VIN and lists the live-data PIDs (service 01) each ECU supports, "
                    + "with their names and the readings they give. Publishes nothing.",
            "Use it to check an adapter and a car before a 'run'. Exit code 1 when the adapter cannot be reached."},
        footer = {"", "Examples:",
            "  kcs-collector scan --port /dev/rfcomm0",
            "  kcs-collector scan --tcp 192.168.0.10:35000 --json > car.json"})
final class ScanCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private AdapterOptions adapter;

    @Option(names = "--json", description = "Print one JSON document (fingerprint, vin, PIDs per ECU) for machines.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ElmSession session;
        try {
            session = new ElmSession(adapter.transport(), SessionSettings.defaults());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try (session) {
            Fingerprint fingerprint = session.connect();
            ObdQuery query = new ObdQuery(session, ObdDecoder.standard());
            String vin = VinReader.read(query).orElse(null);
            DiscoveredPids pids = PidDiscovery.discover(query);
            out.print(json ? asJson(fingerprint, vin, pids) + "\n" : readable(fingerprint, vin, pids));
            out.flush();
            return 0;
        } catch (AdapterUnavailableException e) {
            spec.commandLine().getErr().println("adapter unavailable: " + e.getMessage());
            return 1;
        }
    }

    static String readable(Fingerprint fingerprint, String vin, DiscoveredPids pids) {
        StringBuilder text = new StringBuilder();
        text.append("adapter:     ").append(fingerprint.chip()).append(" (").append(fingerprint.claimedVersion())
                .append(") on ").append(fingerprint.link()).append('\n');
        text.append("why:         ").append(fingerprint.chipReason()).append('\n');
        text.append("protocol:    ").append(fingerprint.protocol()).append('\n');
        text.append("workarounds: ").append(fingerprint.workaroundNames()).append('\n');
        text.append("VIN:         ").append(vin == null ? "(not reported)" : vin).append('\n');
        if (pids.isEmpty()) {
            text.append("no ECU announced any service 01 PID; is the ignition on?\n");
        }
        for (Map.Entry<String, SortedSet<Integer>> ecu : pids.byEcu().entrySet()) {
            text.append("\nECU ").append(ecu.getKey()).append(": ").append(ecu.getValue().size())
                    .append(" PIDs\n");
            for (int pid : ecu.getValue()) {
                text.append(String.format(Locale.ROOT, "  %02X  %-45s %s%n", pid,
                        PidCatalog.describe(pid).orElse("(unknown PID)"), PidCatalog.signals(pid)));
            }
        }
        return text.toString();
    }

    static String asJson(Fingerprint fingerprint, String vin, DiscoveredPids pids) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.set("fingerprint", JSON.readTree(fingerprint.toJson()));
        root.put("vin", vin);
        ObjectNode ecus = root.putObject("ecus");
        for (Map.Entry<String, SortedSet<Integer>> ecu : pids.byEcu().entrySet()) {
            ArrayNode list = ecus.putArray(ecu.getKey());
            for (int pid : ecu.getValue()) {
                ObjectNode row = list.addObject();
                row.put("pid", String.format(Locale.ROOT, "%02X", pid));
                row.put("description", PidCatalog.describe(pid).orElse(null));
                ArrayNode signals = row.putArray("signals");
                PidCatalog.signals(pid).forEach(signals::add);
            }
        }
        return JSON.writeValueAsString(root);
    }
}
