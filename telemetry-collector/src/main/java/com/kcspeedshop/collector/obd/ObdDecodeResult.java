package com.kcspeedshop.collector.obd;

/**
 * What one ECU's OBD-II response message means. Decoding never throws: bad input becomes a {@link DecodeError}.
 */
public sealed interface ObdDecodeResult
        permits PidValues, SupportedPids, DtcList, DtcsCleared, MonitorResults, VehicleInfo, DecodeError {

    /** The ECU that answered, as the framing layer named it (e.g. {@code 7E8}). */
    String ecu();
}
