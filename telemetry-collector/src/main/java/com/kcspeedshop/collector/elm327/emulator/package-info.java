/**
 * An ELM327 adapter plugged into a car, in software: {@link com.kcspeedshop.collector.elm327.emulator.Elm327Emulator}
 * speaks the ELM327 text protocol over any byte stream (in-memory pipes, one end of a socat pty pair through
 * {@link com.kcspeedshop.collector.transport.SerialTransport}, a TCP socket) and answers for a car with an engine ECU
 * (7E8) and a transmission ECU (7E9) on ISO 15765-4 CAN 11-bit 500 kbaud.
 *
 * <p>Invariants: every answer ends with the {@code >} prompt (except where a {@link
 * com.kcspeedshop.collector.elm327.emulator.CloneQuirk} says the link drops); live values come from a time-based car
 * model and stay physically plausible (idle ~780 rpm, speed 0-100 km/h, coolant warming towards 90 °C, 14 V charging);
 * each served PID is counted so a test can compare what the collector read with what the car sent. Clone quirks are
 * off unless switched on, each by name, and random ones (sporadic bus errors, garbage) are seeded.
 */
package com.kcspeedshop.collector.elm327.emulator;
