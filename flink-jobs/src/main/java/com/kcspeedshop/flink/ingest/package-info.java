/**
 * The ingest stage every job that reads collector events starts with: Kafka source, decoding with dead letters,
 * event time with bounded out-of-orderness and idleness, duplicates dropped by (source, sequence), late events routed
 * aside and counted. {@link com.kcspeedshop.flink.ingest.IngestStage} builds it for readings and for DTC reports.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Nothing is dropped silently: an event is emitted on time, routed late (metric {@code lateEvents}), dropped as
 *       a duplicate (metric {@code duplicatesDropped}) or dead-lettered with its reason.</li>
 *   <li>Duplicate state is one {@code long} per (vehicle, source) with a TTL: bounded, and idle sources are
 *       forgotten.</li>
 *   <li>Every operator has a name and a uid derived from the event kind.</li>
 * </ul>
 */
package com.kcspeedshop.flink.ingest;
