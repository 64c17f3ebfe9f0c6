/**
 * Framing of ELM327 output: the text an ELM327-family adapter printed for one OBD request becomes typed
 * {@link com.kcspeedshop.collector.elm327.response.ElmResponse outcomes}: complete per-ECU messages, an adapter
 * error, or garbage. The meaning of the message bytes (PIDs, DTCs) belongs to {@code collector.obd}.
 *
 * <p>Layers: {@code LineTokenizer} (lines, echo, {@code SEARCHING...}, error lines via {@code ElmError}) →
 * {@code LayoutDetector} (which framing, from the session's {@code ResponseFormat} or by a vote) → one framer:
 * {@code CanFramer} with {@code IsoTpReassembler} (ISO 15765-2 PCI), {@code FormattedCanFramer} (CAF1 length and
 * {@code N:} lines), or {@code LegacyFramer} with {@code LegacySequenceJoiner} (ISO 9141-2, ISO 14230-4, SAE J1850).
 *
 * <p>Invariants: parsing never throws; every line that is not used and is not echo, {@code SEARCHING...},
 * {@code BUS INIT: ...OK}, flow control or blank is reported as a {@code DroppedFrame} with a reason and counted in
 * {@code ParseStats}; a message's payload starts with the response service byte and has no header, PCI, padding or
 * check byte; negative responses ({@code 7F}) are messages.
 */
package com.kcspeedshop.collector.elm327.response;
