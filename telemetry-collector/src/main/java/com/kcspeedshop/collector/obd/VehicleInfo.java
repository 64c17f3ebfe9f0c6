package com.kcspeedshop.collector.obd;

import java.util.List;

/**
 * A service 09 answer: texts (VIN, calibration ids, CVNs, ECU name) or in-use performance counters.
 *
 * @param ecu      the ECU that answered
 * @param infoType the info type (0x02 VIN, 0x04 CALID, 0x06 CVN, 0x08/0x0B in-use performance, 0x0A ECU name)
 * @param label    upper-snake name of the info type, e.g. {@code VIN}
 * @param items    the texts, one per data item (CVNs as 8 upper-case hex digits); empty for counters
 * @param counters the in-use performance counters (unit {@code count}); empty for texts
 */
public record VehicleInfo(String ecu, int infoType, String label, List<String> items, List<DecodedValue> counters)
        implements ObdDecodeResult {

    public VehicleInfo {
        items = List.copyOf(items);
        counters = List.copyOf(counters);
    }
}
