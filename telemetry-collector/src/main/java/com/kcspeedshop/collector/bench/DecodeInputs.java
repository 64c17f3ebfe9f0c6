package com.kcspeedshop.collector.bench;

import com.kcspeedshop.collector.elm327.response.ProtocolFamily;
import com.kcspeedshop.collector.elm327.response.ResponseFormat;
import java.util.List;

/**
 * The mix of adapter responses every decode benchmark reads: one of each shape a collector meets every second. The
 * text is the same as the framing and decoder tests use (test sources {@code elm327/response/Captures.java} and
 * {@code obd/CurrentDataDecoderTest.java}), copied here because benchmarks live in src/main and cannot see test code.
 * Line breaks are {@code \r} as the adapter sends them with {@code AT L0}; the {@code >} prompt is left out.
 *
 * <p>Sources: [DSJ34], [DSJ42], [DSJ45] ELM327 data sheet ELM327DSJ (Elm Electronics) pp. 34, 42, 45,
 * https://libble.eu/elm-327/online-manual-727154/?page=0034 (and 0042, 0045); [DSH39] ELM327DSH p. 39,
 * https://www.easymanua.ls/elm/elm327/manual?p=39. BUILT means constructed from a data sheet example in the layout
 * the data sheet describes, check byte computed by the standard's rule (the data sheets print no such example).
 */
final class DecodeInputs {

    /** One request's worth of adapter output and how the adapter was set up when it printed it. */
    record Sample(String name, String request, String raw, ResponseFormat format, int frames) {
    }

    /** [DSJ34] single frame, CAN headers off (AT H0, CAF1): 01 01 monitor status. */
    static final Sample SINGLE_FRAME_HEADERS_OFF = new Sample("single frame, CAN headers off", "0101",
            "41 01 81 07 65 04\r", ResponseFormat.defaults(ProtocolFamily.CAN_11BIT), 1);

    /** [DSH39] CAN 11-bit headers on (AT H1): 01 05 coolant temperature from 7E8, padded with 00. */
    static final Sample CAN_11BIT_HEADERS_ON = new Sample("CAN 11-bit headers on", "0105",
            "7E8 03 41 05 46 00 00 00 00\r", ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT), 1);

    /** [DSJ45] multi-PID request 01 04 05 0B 0C: an ISO-TP length line and two numbered segments. */
    static final Sample MULTI_PID = new Sample("multi-PID 01 04 05 0B 0C", "0104050B0C",
            "00A\r0: 41 04 3F 05 44 0B\r1: 21 0C 17 B8 00 00 00\r",
            ResponseFormat.defaults(ProtocolFamily.CAN_11BIT), 2);

    /** [DSJ42] ISO-TP multi-frame VIN (09 02), headers off, CAF1: a length line and three segments. */
    static final Sample ISO_TP_VIN = new Sample("ISO-TP multi-frame VIN", "0902",
            "014\r0: 49 02 01 31 44 34\r1: 47 50 30 30 52 35 35\r2: 42 31 32 33 34 35 36\r",
            ResponseFormat.defaults(ProtocolFamily.CAN_11BIT), 3);

    /** BUILT: ISO 9141-2 headers 48 6B 10, 01 0C engine speed 41 0C 1A F8, sum checksum 22. */
    static final Sample LEGACY_ISO_9141 = new Sample("legacy ISO 9141-2 with checksum", "010C",
            "48 6B 10 41 0C 1A F8 22\r", ResponseFormat.withHeaders(ProtocolFamily.ISO_9141_2), 1);

    /** The whole mix, in the order the benchmarks read it. */
    static final List<Sample> MIX = List.of(SINGLE_FRAME_HEADERS_OFF, CAN_11BIT_HEADERS_ON, MULTI_PID, ISO_TP_VIN,
            LEGACY_ISO_9141);

    /**
     * CAN or legacy frames on the wire in one pass over {@link #MIX}; JMH divides by it
     * ({@code @OperationsPerInvocation}), so every row reads in frames/s. Length lines are not frames.
     */
    static final int FRAMES_PER_MIX = 8;

    private DecodeInputs() {
    }
}
