/**
 * Replays real recorded OBD-II trip logs (the KIT Seat Leon and the carOBD Toyota Etios datasets) as
 * {@link com.kcspeedshop.events.ObdReading}s, so the platform can be exercised with real driving instead of the
 * simulator.
 *
 * <p>Reading ({@link com.kcspeedshop.datasets.trips.TripLogReader}, in the datasets module) is separate from pacing and publishing ({@link TripReplayer}). Invariants: a log's
 * columns map to the signal names and units of the collector's OBD PID table, so a replayed reading looks like one the
 * ELM327 path would have decoded; a bad row is skipped, counted and logged with its line number, never fatal; readings
 * come out in recorded order.
 */
package com.kcspeedshop.collector.replay;
