/**
 * The {@code decode} contract: one JSON line in (a request and the adapter's raw reply), one JSON line out (everything
 * the framing and OBD decoders made of it). Other tools check our decoder through this, so its output is versioned
 * ({@code "v":1}) and only ever gains fields within a version.
 *
 * <p>Invariants: every input line yields exactly one output line; nothing here throws on bad input (it becomes a typed
 * {@code bad-input}, {@code adapter} or {@code garbage} error line).
 */
package com.kcspeedshop.collector.decode;
