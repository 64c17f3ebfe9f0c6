package com.kcspeedshop.collector.obd;

import java.util.List;

/**
 * The trouble codes one ECU reported for service 03, 07 or 0A.
 *
 * @param ecu  the ECU that answered
 * @param kind which memory the codes came from
 * @param dtcs the codes in wire order, without the 00 00 padding pairs
 */
public record DtcList(String ecu, DtcKind kind, List<Dtc> dtcs) implements ObdDecodeResult {

    public DtcList {
        dtcs = List.copyOf(dtcs);
    }
}
