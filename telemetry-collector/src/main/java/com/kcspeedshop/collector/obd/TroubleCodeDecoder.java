package com.kcspeedshop.collector.obd;

import com.kcspeedshop.collector.obd.dtc.DtcCodes;
import com.kcspeedshop.collector.obd.dtc.DtcDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Services 03, 07 and 0A. Two wire forms exist:
 * <ul>
 *   <li>CAN (ISO 15765-4): {@code 43 N} then N pairs, so the message length equals 2 + 2N;</li>
 *   <li>legacy (J1850, ISO 9141-2, ISO 14230-4): {@code 43} then three pairs per frame, unused pairs {@code 00 00},
 *       so one frame is 7 bytes. Several frames of one ECU may arrive joined, each starting with 43 again.</li>
 * </ul>
 * A length matching the CAN count wins; otherwise an odd length or joined 7-byte frames are read as legacy.
 */
final class TroubleCodeDecoder {

    private TroubleCodeDecoder() {
    }

    static ObdDecodeResult decode(String ecu, DtcKind kind, byte[] message, DtcDictionary dictionary) {
        int count = message[1] & 0xFF;
        if (message.length == 2 + 2 * count) {
            return new DtcList(ecu, kind, pairs(message, 2, dictionary, false));
        }
        if (message.length % 2 == 1 || isJoinedLegacy(message)) {
            return new DtcList(ecu, kind, legacyPairs(message, dictionary));
        }
        return new DecodeError(ecu, kind.service(), String.format(
                "CAN DTC response announces %d codes but carries %d bytes of codes", count, message.length - 2),
                Hex.of(message));
    }

    /** Legacy frames are 7 bytes (service + three pairs); joined ones each start with the service byte again. */
    private static boolean isJoinedLegacy(byte[] message) {
        if (message.length <= 7 || message.length % 7 != 0) {
            return false;
        }
        for (int frame = 0; frame < message.length; frame += 7) {
            if (message[frame] != message[0]) {
                return false;
            }
        }
        return true;
    }

    private static List<Dtc> legacyPairs(byte[] message, DtcDictionary dictionary) {
        if (!isJoinedLegacy(message)) {
            return pairs(message, 1, dictionary, true);
        }
        List<Dtc> out = new ArrayList<>();
        for (int frame = 0; frame < message.length; frame += 7) {
            out.addAll(pairs(Arrays.copyOfRange(message, frame, frame + 7), 1, dictionary, true));
        }
        return out;
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
