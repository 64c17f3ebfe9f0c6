/**
 * One conversation with an ELM327-compatible adapter: {@link com.kcspeedshop.collector.elm327.session.ElmSession} sends
 * a command terminated by CR and returns the raw text up to the {@code >} prompt, or a typed {@code Timeout} /
 * {@code LinkLost} outcome; it never throws for anything the adapter or the link does.
 *
 * <p>Invariants: echo lines and the {@code SEARCHING...} line never reach the caller; bytes that are not printable
 * ASCII (clone noise) are dropped and counted, bytes left over from an earlier command are drained and counted before
 * each new command, so a late answer never passes as the answer to the next one. Turning that text into per-ECU
 * messages and error outcomes ({@code NO DATA}, {@code CAN ERROR}) belongs to {@code elm327.response}, not here.
 *
 * <p>{@link com.kcspeedshop.collector.elm327.session.ElmSession#connect()} opens the link and runs the init sequence,
 * which fingerprints the adapter (what it claims against what it answers) and applies named workarounds for known clone
 * faults; the {@link com.kcspeedshop.collector.elm327.session.Fingerprint} travels with the readings as JSON. A dropped
 * link is re-opened with jittered, capped exponential backoff, re-running init with what earlier attempts learned.
 */
package com.kcspeedshop.collector.elm327.session;
