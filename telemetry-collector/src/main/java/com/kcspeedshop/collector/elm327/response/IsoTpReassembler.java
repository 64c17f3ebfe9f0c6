package com.kcspeedshop.collector.elm327.response;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reassembles ISO 15765-2 (ISO-TP) frames into messages, separately per sender, so frames of two ECUs may interleave.
 * Frames whose PCI does not fit are dropped and reported; padding after a declared length is removed silently,
 * because ECUs pad every CAN frame to 8 bytes (with 00, 55, AA or stale bytes).
 */
final class IsoTpReassembler {

    /** Classic CAN: 8 data bytes per frame. */
    private static final int CAN_FRAME_BYTES = 8;
    /** ISO-TP first frame: 2 PCI bytes leave 6 data bytes. */
    private static final int FIRST_FRAME_DATA = 6;
    /** ISO-TP consecutive frame: 1 PCI byte leaves 7 data bytes. */
    private static final int CONSECUTIVE_DATA = 7;

    private final Map<String, Assembly> inProgress = new LinkedHashMap<>();
    private final Function<String, String> ecuNames;
    private final List<EcuMessage> messages;
    private final List<DroppedFrame> dropped;

    /**
     * @param ecuNames maps a frame's sender key to the ECU name put on the message (for headers off, a counter)
     */
    IsoTpReassembler(Function<String, String> ecuNames, List<EcuMessage> messages, List<DroppedFrame> dropped) {
        this.ecuNames = ecuNames;
        this.messages = messages;
        this.dropped = dropped;
    }

    /** Feeds one frame; {@code sender} keys the reassembly (the CAN id, or one shared key with headers off). */
    void accept(String sender, Frame frame) {
        if (frame.length() == 0) {
            drop(frame.line(), DropReason.TOO_SHORT, "no PCI byte after the header");
            return;
        }
        int pci = frame.at(0);
        switch (pci >> 4) {
            case 0x0 -> singleFrame(sender, frame, pci & 0x0F);
            case 0x1 -> firstFrame(sender, frame);
            case 0x2 -> consecutiveFrame(sender, frame, pci & 0x0F);
            case 0x3 -> { } // ISO-TP flow control: the tester's own traffic, carries no response data
            default -> drop(frame.line(), DropReason.BAD_PCI, String.format("PCI byte %02X", pci));
        }
    }

    /** Reports every reassembly still waiting for consecutive frames; call once after the last frame. */
    void finish() {
        inProgress.values().forEach(a -> drop(a.firstLine, DropReason.MISSING_FRAMES,
                "got " + a.data.size() + " of " + a.length + " bytes"));
        inProgress.clear();
    }

    // ISO-TP single frame: low nibble = data length 1..7, then the data, then padding
    private void singleFrame(String sender, Frame frame, int length) {
        abandon(sender, "interrupted by a single frame");
        if (length == 0 || length > CONSECUTIVE_DATA) {
            drop(frame.line(), DropReason.BAD_PCI, "single frame length " + length);
        } else if (frame.length() - 1 < length) {
            drop(frame.line(), DropReason.LENGTH_MISMATCH,
                    "single frame declares " + length + " bytes, has " + (frame.length() - 1));
        } else {
            messages.add(new EcuMessage(ecuNames.apply(sender), Arrays.copyOfRange(frame.bytes(), 1, 1 + length)));
        }
    }

    // ISO-TP first frame: 12-bit length in the low nibble of PCI byte 1 and all of byte 2, then 6 data bytes
    private void firstFrame(String sender, Frame frame) {
        abandon(sender, "interrupted by a new first frame");
        if (frame.length() < CAN_FRAME_BYTES) {
            drop(frame.line(), DropReason.TOO_SHORT, "first frame has " + frame.length() + " of 8 bytes");
            return;
        }
        int length = ((frame.at(0) & 0x0F) << 8) | frame.at(1);
        if (length <= CONSECUTIVE_DATA) {
            drop(frame.line(), DropReason.BAD_PCI, "first frame declares only " + length + " bytes");
            return;
        }
        Assembly assembly = new Assembly(frame.line(), length);
        assembly.data.write(frame.bytes(), 2, FIRST_FRAME_DATA);
        inProgress.put(sender, assembly);
    }

    // ISO-TP consecutive frame: low nibble = sequence number 1..F, 0..F, ...; then up to 7 data bytes
    private void consecutiveFrame(String sender, Frame frame, int sequence) {
        Assembly assembly = inProgress.get(sender);
        if (assembly == null) {
            drop(frame.line(), DropReason.ORPHAN_FRAME, "consecutive frame " + sequence + " without a first frame");
            return;
        }
        if (sequence != assembly.nextSequence) {
            inProgress.remove(sender);
            drop(assembly.firstLine, DropReason.SEQUENCE_GAP,
                    "expected consecutive frame " + assembly.nextSequence + ", got " + sequence);
            return;
        }
        int missing = assembly.length - assembly.data.size();
        int carried = frame.length() - 1;
        if (carried < Math.min(missing, CONSECUTIVE_DATA)) {
            inProgress.remove(sender);
            drop(frame.line(), DropReason.TOO_SHORT, "consecutive frame carries " + carried + " bytes, "
                    + Math.min(missing, CONSECUTIVE_DATA) + " needed");
            return;
        }
        assembly.data.write(frame.bytes(), 1, Math.min(missing, CONSECUTIVE_DATA));
        assembly.nextSequence = (assembly.nextSequence + 1) & 0x0F;
        if (assembly.data.size() == assembly.length) {
            inProgress.remove(sender);
            messages.add(new EcuMessage(ecuNames.apply(sender), assembly.data.toByteArray()));
        }
    }

    private void abandon(String sender, String why) {
        Assembly stale = inProgress.remove(sender);
        if (stale != null) {
            drop(stale.firstLine, DropReason.MISSING_FRAMES,
                    why + " after " + stale.data.size() + " of " + stale.length + " bytes");
        }
    }

    private void drop(String line, DropReason reason, String detail) {
        dropped.add(new DroppedFrame(line, reason, detail));
    }

    private static final class Assembly {
        final String firstLine;
        final int length;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        int nextSequence = 1;

        Assembly(String firstLine, int length) {
            this.firstLine = firstLine;
            this.length = length;
        }
    }
}
