/**
 * The meaning layer of OBD-II (SAE J1979 / ISO 15031-5): one ECU's complete response message (service byte first,
 * framing already removed) in, typed {@link com.kcspeedshop.collector.obd.ObdDecodeResult}s out.
 *
 * <p>Services 01/02 are a table ({@code PidTable}, assembled from {@code PidRows00/40/68/80}): each row gives a PID's
 * data length, its numeric signals with unit, range and formula, and a decoder for bit-encoded fields. Services 03/07/0A
 * (DTCs, both CAN and legacy forms), 04 (clear confirmation), 06 (CAN monitor tests with Unit and Scaling IDs) and 09
 * (VIN, calibration ids, CVNs, ECU name, in-use performance) have one small decoder each.
 *
 * <p>Invariants: {@link com.kcspeedshop.collector.obd.ObdDecoder#decode} never throws and never returns an empty list;
 * every measured value lies inside its signal's declared range; signal names are UPPER_SNAKE and unique in the table.
 */
package com.kcspeedshop.collector.obd;
