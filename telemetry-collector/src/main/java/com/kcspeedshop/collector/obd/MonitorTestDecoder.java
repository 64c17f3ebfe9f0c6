package com.kcspeedshop.collector.obd;

import java.util.ArrayList;
import java.util.List;

/**
 * Service 06 in CAN format. A request for a "supported MIDs" id (0x00, 0x20 ...) answers {@code 46 MID} + 4 bitmap
 * bytes, possibly several back to back; any other MID answers 9-byte records
 * {@code MID TID UASID value(2) min(2) max(2)}, repeating. The legacy (non-CAN) service 06 format is not decoded.
 */
final class MonitorTestDecoder {

    private static final int RECORD = 9;
    private static final int BITMAP_RECORD = 5;

    private MonitorTestDecoder() {
    }

    static List<ObdDecodeResult> decode(String ecu, byte[] message) {
        int body = message.length - 1;
        if (body <= 0) {
            return List.of(new DecodeError(ecu, 0x06, "response carries no MID", Hex.of(message)));
        }
        if ((message[1] & 0xFF) % 0x20 == 0 && body % BITMAP_RECORD == 0) {
            List<ObdDecodeResult> out = new ArrayList<>();
            for (int at = 1; at < message.length; at += BITMAP_RECORD) {
                int base = message[at] & 0xFF;
                out.add(new SupportedPids(ecu, 0x06, base,
                        CurrentDataDecoder.bitmap(new PidData(message, at + 1, 4), base)));
            }
            return out;
        }
        if (body % RECORD != 0) {
            return List.of(new DecodeError(ecu, 0x06, String.format(
                    "service 06 body of %d bytes is not a whole number of 9-byte test records", body),
                    Hex.of(message)));
        }
        List<MonitorTest> tests = new ArrayList<>();
        for (int at = 1; at < message.length; at += RECORD) {
            tests.add(test(new PidData(message, at, RECORD)));
        }
        return List.of(new MonitorResults(ecu, tests));
    }

    private static MonitorTest test(PidData r) {
        UnitScaling scaling = UnitScaling.of(r.u8(2));
        double value = scaling.apply(r.u16(3));
        double min = scaling.apply(r.u16(5));
        double max = scaling.apply(r.u16(7));
        return new MonitorTest(r.u8(0), r.u8(1), r.u8(2), value, min, max, scaling.unit(),
                value >= min && value <= max);
    }
}
