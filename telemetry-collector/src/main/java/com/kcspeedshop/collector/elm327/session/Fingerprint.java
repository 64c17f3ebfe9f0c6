package com.kcspeedshop.collector.elm327.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;

/**
 * What an adapter claims and what it does, taken by the init sequence; serialised as JSON to go with the readings, so
 * an odd reading can be traced to the adapter that produced it.
 *
 * @param link              transport description, e.g. {@code serial:/dev/rfcomm0@38400}
 * @param claimedVersion    ATI answer, e.g. {@code ELM327 v2.1}
 * @param deviceDescription AT@1 answer, or null when the adapter answered {@code ?}
 * @param stnVersion        STI answer (STN chips only), else null
 * @param stnDevice         STDI answer (STN chips only), else null
 * @param chip              the judgement
 * @param chipReason        why, e.g. {@code claims v2.1 but answered ? to ATPPS, ATCRA}
 * @param protocol          ATDP answer, e.g. {@code ISO 15765-4 (CAN 11/500)}, or null when no car answered
 * @param protocolNumber    ATDPN answer without the {@code A} (auto) marker, e.g. {@code 6}, or null
 * @param batteryVolts      ATRV reading in volts, or null when unreadable
 * @param supported         features that answered as they should
 * @param unsupported       features that answered {@code ?} or wrongly
 * @param workarounds       what the session changed, in the order applied, each with its reason
 * @param transientErrors   bus errors ({@code BUS INIT}, {@code STOPPED}, {@code CAN ERROR}...) seen and retried
 */
public record Fingerprint(String link, String claimedVersion, String deviceDescription, String stnVersion,
                          String stnDevice, Chip chip, String chipReason, String protocol, String protocolNumber, Double batteryVolts,
                          Set<Feature> supported, Set<Feature> unsupported, List<AppliedWorkaround> workarounds,
                          int transientErrors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Fingerprint {
        supported = Set.copyOf(supported);
        unsupported = Set.copyOf(unsupported);
        workarounds = List.copyOf(workarounds);
    }

    /** True when {@code workaround} was applied. */
    public boolean applied(Workaround workaround) {
        return workarounds.stream().anyMatch(w -> w.workaround() == workaround);
    }

    /** The workarounds without their reasons, in order. */
    public List<Workaround> workaroundNames() {
        return workarounds.stream().map(AppliedWorkaround::workaround).toList();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fingerprint always serialises", e);
        }
    }

    public static Fingerprint fromJson(String json) {
        try {
            return JSON.readValue(json, Fingerprint.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a fingerprint: " + e.getOriginalMessage(), e);
        }
    }
}
