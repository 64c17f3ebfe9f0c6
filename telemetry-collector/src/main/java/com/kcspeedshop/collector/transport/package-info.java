/**
 * Byte-stream links to an OBD-II adapter: serial/USB and Bluetooth RFCOMM ports ({@link
 * com.kcspeedshop.collector.transport.SerialTransport}), WiFi adapters over TCP ({@link
 * com.kcspeedshop.collector.transport.TcpTransport}), any stream pair ({@link
 * com.kcspeedshop.collector.transport.StreamTransport}) and the replay of a recorded session transcript ({@link
 * com.kcspeedshop.collector.transport.ScriptedTransport}), which {@link
 * com.kcspeedshop.collector.transport.RecordingTransport} writes while passing a live session through.
 *
 * <p>Invariants: a transport knows nothing about ELM327 text; {@code read} never blocks longer than the timeout it is
 * given and returns 0 when nothing arrived; a peer that went away surfaces as {@link java.io.EOFException} (or another
 * {@link java.io.IOException}), never as an endless run of empty reads; {@code open} after {@code close} reconnects,
 * so a session can re-run its init after the link dropped.
 */
package com.kcspeedshop.collector.transport;
