package com.kcspeedshop.collector.obd;

import java.util.ArrayList;
import java.util.List;

/**
 * Service 09 info types 0x08 (spark ignition) and 0x0B (compression ignition): in-use performance tracking, a list of
 * 16-bit counters in a fixed order, NODI giving how many.
 */
final class InUsePerformance {

    private static final List<String> SPARK = List.of("OBDCOND", "IGNCNTR", "CATCOMP1", "CATCOND1", "CATCOMP2",
            "CATCOND2", "O2SCOMP1", "O2SCOND1", "O2SCOMP2", "O2SCOND2", "EGRCOMP", "EGRCOND", "AIRCOMP", "AIRCOND",
            "EVAPCOMP", "EVAPCOND", "SO2SCOMP1", "SO2SCOND1", "SO2SCOMP2", "SO2SCOND2");
    private static final List<String> COMPRESSION = List.of("OBDCOND", "IGNCNTR", "HCCATCOMP", "HCCATCOND",
            "NCATCOMP", "NCATCOND", "NADSCOMP", "NADSCOND", "PMCOMP", "PMCOND", "EGSCOMP", "EGSCOND", "EGRCOMP",
            "EGRCOND", "BPCOMP", "BPCOND", "FUELCOMP", "FUELCOND");

    private InUsePerformance() {
    }

    static ObdDecodeResult decode(String ecu, int type, byte[] data, byte[] message) {
        List<String> names = type == 0x08 ? SPARK : COMPRESSION;
        // CAN: NODI then NODI counters; without NODI, an even length is taken as counters only
        int from = data.length % 2 == 1 ? 1 : 0;
        int count = (data.length - from) / 2;
        if (count == 0 || count > names.size() || from == 1 && (data[0] & 0xFF) != count) {
            return VehicleInfoDecoder.error(ecu, String.format("in-use performance data of %d bytes does not match"
                    + " its counter list", data.length), message);
        }
        List<DecodedValue> counters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = from + 2 * i;
            counters.add(DecodedValue.measured("IUPT_" + names.get(i), (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF,
                    "count"));
        }
        return new VehicleInfo(ecu, type, type == 0x08 ? "IN_USE_PERFORMANCE_SPARK" : "IN_USE_PERFORMANCE_COMPRESSION",
                List.of(), counters);
    }
}
