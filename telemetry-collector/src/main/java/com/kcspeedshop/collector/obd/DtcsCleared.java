package com.kcspeedshop.collector.obd;

/**
 * Positive response (0x44) to service 04, "clear diagnostic information". Whether to send that request at all (it
 * erases freeze frames and readiness) is the CLI's decision, behind its own confirmation.
 *
 * @param ecu the ECU that confirmed
 */
public record DtcsCleared(String ecu) implements ObdDecodeResult {
}
