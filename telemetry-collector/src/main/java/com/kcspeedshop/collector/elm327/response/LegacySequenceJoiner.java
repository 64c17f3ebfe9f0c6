package com.kcspeedshop.collector.elm327.response;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Joins the numbered lines of a legacy multi-message answer into one message per ECU. On ISO 9141-2, ISO 14230-4 and
 * J1850 a service 09 answer longer than one frame arrives as several messages, each {@code 49 PID seq d1 d2 d3 d4}
 * (data sheet, "Multiline Responses"):
 * <pre>
 *   49 02 01 00 00 00 31
 *   49 02 02 44 34 47 50     ...  49 02 05 33 34 35 36
 * </pre>
 * The joined message is {@code 49 PID} followed by the data bytes of messages 1..n in sequence order (the sequence
 * bytes removed; J1979's leading 00 fill bytes kept for the meaning layer). Other lines pass through unchanged.
 */
final class LegacySequenceJoiner {

    /** Service 09 response. */
    private static final int VEHICLE_INFO = 0x49;
    /** Service 09 info types sent as numbered messages: VIN, CALID, CVN, IPT, ECU name. */
    private static final int[] SEQUENCED_PIDS = {0x02, 0x04, 0x06, 0x08, 0x0A};

    private LegacySequenceJoiner() {
    }

    /**
     * @param joinAlways join even a single numbered line (legacy protocol known); otherwise only two or more lines
     *                   of the same sender and PID are joined, since a lone {@code 49 06 01 ...} may be a CAN single
     *                   frame whose third byte is an item count, not a sequence number
     */
    static List<EcuMessage> join(List<Frame> frames, boolean joinAlways, List<DroppedFrame> dropped) {
        Map<Object, List<Frame>> groups = new LinkedHashMap<>();
        for (Frame frame : frames) {
            Object key = isSequenced(frame) ? List.of(sender(frame), frame.at(1)) : new Object();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(frame);
        }
        UnknownEcus unknown = new UnknownEcus();
        List<EcuMessage> messages = new ArrayList<>();
        for (List<Frame> group : groups.values()) {
            Frame first = group.get(0);
            String ecu = first.ecu() == null ? unknown.next() : first.ecu();
            if (!isSequenced(first) || (group.size() == 1 && !joinAlways)) {
                group.forEach(frame -> messages.add(new EcuMessage(ecu, frame.bytes())));
            } else {
                joined(group, dropped).ifPresent(payload -> messages.add(new EcuMessage(ecu, payload)));
            }
        }
        return messages;
    }

    private static Optional<byte[]> joined(List<Frame> group, List<DroppedFrame> dropped) {
        Frame[] bySequence = new Frame[group.size() + 1];
        for (Frame frame : group) {
            int sequence = frame.at(2);
            if (sequence < 1 || sequence > group.size() || bySequence[sequence] != null) {
                dropped.add(new DroppedFrame(group.get(0).line(), DropReason.SEQUENCE_GAP, String.format(
                        "message numbers of 49 %02X do not run 1..%d (got %d)", frame.at(1), group.size(), sequence)));
                return Optional.empty();
            }
            bySequence[sequence] = frame;
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write(VEHICLE_INFO);
        payload.write(group.get(0).at(1));
        for (int sequence = 1; sequence < bySequence.length; sequence++) {
            Frame frame = bySequence[sequence];
            payload.write(frame.bytes(), 3, frame.length() - 3);
        }
        return Optional.of(payload.toByteArray());
    }

    // "49 PID seq data...": at least one data byte after the sequence number
    private static boolean isSequenced(Frame frame) {
        if (frame.length() < 4 || frame.at(0) != VEHICLE_INFO) {
            return false;
        }
        for (int pid : SEQUENCED_PIDS) {
            if (frame.at(1) == pid) {
                return true;
            }
        }
        return false;
    }

    private static String sender(Frame frame) {
        return Objects.requireNonNullElse(frame.ecu(), "");
    }
}
