package com.kcspeedshop.collector.elm327.response;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames CAN output with headers off and auto formatting on (the adapter defaults, {@code AT H0 CAF1}). The adapter has
 * already removed PCI bytes and padding; a single-frame answer is one line of data, and a multi-frame answer is a line
 * with the total length in hex (3 digits) followed by numbered segments:
 * <pre>
 *   014
 *   0: 49 02 01 31 44 34
 *   1: 47 50 30 30 52 35 35
 *   2: 42 31 32 33 34 35 36
 * </pre>
 * Without headers the sender is unknown: every message is named {@code unknown-N}; a length line groups its segments.
 */
final class FormattedCanFramer {

    /** The length line: 3 hex digits (12-bit ISO-TP length). */
    private static final int LENGTH_DIGITS = 3;
    /** Segment 0 carries what the ISO-TP first frame carried: 6 bytes; later segments 7. */
    private static final int FIRST_SEGMENT_DATA = 6;
    private static final int CONSECUTIVE_DATA = 7;

    private final List<EcuMessage> messages = new ArrayList<>();
    private final List<DroppedFrame> dropped;
    private final UnknownEcus unknown = new UnknownEcus();
    private Block block;

    private FormattedCanFramer(List<DroppedFrame> dropped) {
        this.dropped = dropped;
    }

    static List<EcuMessage> frame(List<Line> lines, List<DroppedFrame> dropped) {
        FormattedCanFramer framer = new FormattedCanFramer(dropped);
        lines.forEach(framer::accept);
        framer.abandon("response ended");
        return framer.messages;
    }

    private void accept(Line line) {
        if (line instanceof Line.Indexed segment) {
            segment(segment);
        } else if (line instanceof Line.Hex hex && hex.digits().length() == LENGTH_DIGITS) {
            abandon("a new length line began");
            lengthLine(hex);
        } else if (line instanceof Line.Hex hex) {
            abandon("a single-frame line interrupted it");
            plain(hex);
        }
    }

    private void lengthLine(Line.Hex hex) {
        int length = Integer.parseInt(hex.digits(), 16);
        if (length <= CONSECUTIVE_DATA) {
            dropped.add(new DroppedFrame(hex.text(), DropReason.BAD_PCI, "multi-frame length " + length));
        } else {
            block = new Block(hex.text(), length);
        }
    }

    private void plain(Line.Hex hex) {
        if (hex.digits().length() % 2 != 0) {
            dropped.add(new DroppedFrame(hex.text(), DropReason.ODD_HEX_DIGITS, hex.digits().length() + " digits"));
        } else {
            messages.add(new EcuMessage(unknown.next(), Frame.bytesOf(hex.digits())));
        }
    }

    // "N: data": N is the segment number, 0 to F, wrapping; segment 0 comes right after the length line
    private void segment(Line.Indexed segment) {
        if (block == null) {
            dropped.add(new DroppedFrame(segment.text(), DropReason.ORPHAN_FRAME, "segment without a length line"));
            return;
        }
        if (segment.index() != block.nextIndex) {
            drop(DropReason.SEQUENCE_GAP, "expected segment " + block.nextIndex + ", got " + segment.index());
            return;
        }
        if (segment.digits().length() % 2 != 0) {
            drop(DropReason.ODD_HEX_DIGITS, "segment " + segment.index() + " has " + segment.digits().length()
                    + " digits");
            return;
        }
        byte[] bytes = Frame.bytesOf(segment.digits());
        int missing = block.length - block.data.size();
        int expected = Math.min(missing, segment.index() == 0 && block.data.size() == 0
                ? FIRST_SEGMENT_DATA : CONSECUTIVE_DATA);
        if (bytes.length < expected) {
            drop(DropReason.TOO_SHORT, "segment " + segment.index() + " has " + bytes.length + " of "
                    + expected + " bytes");
            return;
        }
        block.data.write(bytes, 0, Math.min(missing, bytes.length));
        block.nextIndex = (block.nextIndex + 1) & 0x0F;
        if (block.data.size() == block.length) {
            messages.add(new EcuMessage(unknown.next(), block.data.toByteArray()));
            block = null;
        }
    }

    private void abandon(String why) {
        if (block != null) {
            drop(DropReason.MISSING_FRAMES, why + " after " + block.data.size() + " of " + block.length + " bytes");
        }
    }

    private void drop(DropReason reason, String detail) {
        dropped.add(new DroppedFrame(block.firstLine, reason, detail));
        block = null;
    }

    private static final class Block {
        final String firstLine;
        final int length;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        int nextIndex;

        Block(String firstLine, int length) {
            this.firstLine = firstLine;
            this.length = length;
        }
    }
}
