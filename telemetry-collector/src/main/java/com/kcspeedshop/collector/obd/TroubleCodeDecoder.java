package com.kcspeedshop.collector.obd;

import com.kcspeedshop.collector.obd.dtc.DtcCodes;
import com.kcspeedshop.collector.obd.dtc.DtcDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Services 03, 07 and 0A. Two wire forms exist:
 * <ul>
 *   <li>CAN (ISO 15765-4): {@code 43 N} then N pairs, so the message length is even and equals 2 + 2N;</li>
 *   <li>legacy (J1850, ISO 9141-2, ISO 14230-4): {@code 43} then three pairs per frame, unused pairs {@code 00 00},
 *       so the length is odd. Several frames of one ECU may arrive joined, each starting with 43 again.</li>
 * </ul>
 */
final class TroubleCodeDecoder {

    private TroubleCodeDecoder() {
    }

    static ObdDecodeResult decode(String ecu, DtcKind kind, byte[] message, DtcDictionary dictionary) {
        if (message.length % 2 == 0) {
            int count = message[1] & 0xFF;
            if (message.length != 2 + 2 * count) {
                return new DecodeError(ecu, kind.service(), String.format(
                        "CAN DTC response announces %d codes but carries %d bytes of codes", count,
                        message.length - 2), Hex.of(message));
            }
            return new DtcList(ecu, kind, pairs(message, 2, dictionary, false));
        }
        return new DtcList(ecu, kind, legacyPairs(message, dictionary));
    }

    private static List<Dtc> legacyPairs(byte[] message, DtcDictionary dictionary) {
        int service = message[0];
        boolean joinedFrames = message.length > 7 && message.length % 7 == 0 && everyFrameStartsWith(message, service);
        if (!joinedFrames) {
            return pairs(message, 1, dictionary, true);
        }
        List<Dtc> out = new ArrayList<>();
        for (int frame = 0; frame < message.length; frame += 7) {
            byte[] one = Arrays.copyOfRange(message, frame, frame + 7);
            out.addAll(pairs(one, 1, dictionary, true));
        }
        return out;
    }

    private static boolean everyFrameStartsWith(byte[] message, int service) {
        for (int frame = 0; frame < message.length; frame += 7) {
            if (message[frame] != service) {
                return false;
            }
        }
        return true;
    }

    private static List<Dtc> pairs(byte[] message, int from, DtcDictionary dictionary, boolean skipPadding) {
        List<Dtc> out = new ArrayList<>();
        for (int i = from; i + 1 < message.length; i += 2) {
            if (skipPadding && message[i] == 0 && message[i + 1] == 0) {
                continue; // legacy frames pad unused slots with 00 00 (P0000 is not a code)
            }
            String code = DtcCodes.format(message[i], message[i + 1]);
            out.add(new Dtc(code, dictionary.describe(code).orElse(null)));
        }
        return out;
    }
}
