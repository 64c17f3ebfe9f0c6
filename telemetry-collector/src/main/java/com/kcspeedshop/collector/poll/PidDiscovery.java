package com.kcspeedshop.collector.poll;

import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.obd.ObdDecodeResult;
import com.kcspeedshop.collector.obd.ObdRequests;
import com.kcspeedshop.collector.obd.SupportedPids;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks service 01 PID 00, then 20, 40 ... while some ECU announces the next range, and collects what each ECU
 * supports. A bitmap request that fails (bus error, timeout) is asked again a few times before discovery gives up on
 * that range.
 */
public final class PidDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(PidDiscovery.class);
    private static final int TRIES = 4;
    private static final int LAST_BITMAP = 0xE0;

    private PidDiscovery() {
    }

    /** The PIDs each ECU answers; empty when no ECU answered PID 00. */
    public static DiscoveredPids discover(ObdQuery query) throws AdapterUnavailableException {
        Map<String, SortedSet<Integer>> byEcu = new LinkedHashMap<>();
        for (int base = 0x00; base <= LAST_BITMAP; base += 0x20) {
            boolean more = false;
            ObdQuery.Outcome outcome = askBitmap(query, base);
            for (ObdDecodeResult result : outcome.results()) {
                if (result instanceof SupportedPids bitmap && bitmap.service() == 0x01 && bitmap.base() == base) {
                    SortedSet<Integer> pids = byEcu.computeIfAbsent(bitmap.ecu(), e -> new TreeSet<>());
                    bitmap.ids().stream().filter(id -> id % 0x20 != 0).forEach(pids::add);
                    more |= bitmap.announcesNextRange();
                }
            }
            if (!more) {
                break;
            }
        }
        DiscoveredPids found = new DiscoveredPids(byEcu);
        LOG.info("supported service 01 PIDs: {}", found.byEcu());
        return found;
    }

    private static ObdQuery.Outcome askBitmap(ObdQuery query, int base) throws AdapterUnavailableException {
        ObdQuery.Outcome outcome = null;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            outcome = query.ask(ObdRequests.currentData(base));
            if (outcome.kind() == ObdQuery.Kind.ANSWERED) {
                return outcome;
            }
            LOG.warn("PID {} bitmap, attempt {}: {}", String.format("%02X", base), attempt, outcome.problem());
        }
        return outcome;
    }
}
