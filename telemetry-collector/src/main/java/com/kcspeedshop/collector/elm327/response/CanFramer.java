package com.kcspeedshop.collector.elm327.response;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames CAN output that shows the ISO-TP PCI bytes: headers on ({@code AT H1}, which the data sheet says overrides
 * auto formatting), or headers off with {@code AT CAF0}. Each line is one CAN frame:
 * <pre>
 *   7E8 06 41 00 BE 3F B8 13 00           11-bit id (3 hex digits), PCI, data, padding
 *   18 DA F1 10 04 41 0C 1A F8 00 00 00    29-bit id (4 bytes: priority 18, DA, target F1, source 10), PCI, data
 *   06 41 00 BE 3F B8 13 00               CAF0, headers off: PCI, data, padding
 * </pre>
 * Frames are reassembled per CAN id, so two ECUs' multi-frame answers may interleave.
 */
final class CanFramer {

    private static final int CAN_FRAME_BYTES = 8;

    private CanFramer() {
    }

    /**
     * @param idDigits hex digits of the CAN id at the start of each line: 3 (11-bit), 8 (29-bit) or 0 (headers off)
     */
    static List<EcuMessage> frame(List<Line.Hex> lines, int idDigits, List<DroppedFrame> dropped) {
        List<EcuMessage> messages = new ArrayList<>();
        UnknownEcus unknown = new UnknownEcus();
        IsoTpReassembler reassembler = new IsoTpReassembler(
                sender -> idDigits == 0 ? unknown.next() : sender, messages, dropped);
        for (Line.Hex line : lines) {
            Frame frame = split(line, idDigits, dropped);
            if (frame != null) {
                reassembler.accept(frame.ecu() == null ? "" : frame.ecu(), frame);
            }
        }
        reassembler.finish();
        return messages;
    }

    private static Frame split(Line.Hex line, int idDigits, List<DroppedFrame> dropped) {
        String digits = line.digits();
        if (digits.length() <= idDigits) {
            dropped.add(new DroppedFrame(line.text(), DropReason.TOO_SHORT, "no data after the CAN id"));
            return null;
        }
        String data = digits.substring(idDigits);
        if (data.length() % 2 != 0) {
            dropped.add(new DroppedFrame(line.text(), DropReason.ODD_HEX_DIGITS,
                    (idDigits == 0 ? "" : "after a " + idDigits + "-digit CAN id, ") + data.length() + " digits"));
            return null;
        }
        byte[] bytes = Frame.bytesOf(data);
        if (bytes.length > CAN_FRAME_BYTES) {
            dropped.add(new DroppedFrame(line.text(), DropReason.LENGTH_MISMATCH,
                    bytes.length + " bytes in one CAN frame, at most 8"));
            return null;
        }
        return new Frame(idDigits == 0 ? null : digits.substring(0, idDigits), bytes, line.text());
    }
}
