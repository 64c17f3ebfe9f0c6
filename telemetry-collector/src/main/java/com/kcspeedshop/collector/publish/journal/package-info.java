/**
 * Store and forward: readings go to a journal on local disk first and to Kafka from there, so none is lost while Kafka
 * is unreachable or when the collector crashes.
 *
 * <p>{@link com.kcspeedshop.collector.publish.journal.ReadingJournal} is an append-only log of segment files, each
 * record length-prefixed and CRC32C-checked, with an "acknowledged up to" position persisted atomically (temp file,
 * fsync, rename). {@link com.kcspeedshop.collector.publish.journal.JournaledPublisher} appends on {@code publish} and
 * one sender thread sends the journal in order to Kafka, acknowledging only the prefix Kafka acknowledged.
 *
 * <p>Invariants:
 * <ul>
 *   <li>A reading {@code publish} accepted is in the journal until Kafka acknowledged it and every reading before it
 *       (durable per the {@link com.kcspeedshop.collector.publish.journal.FsyncPolicy}).</li>
 *   <li>Readings are sent in journal order; the acknowledged position only moves forward; only whole segments lying
 *       before it are deleted.</li>
 *   <li>Consecutive entries of one poll cycle go as one batch record; the acknowledged position moves only to the end
 *       of a record Kafka acknowledged (with all before it), so it covers exactly the entries sent.</li>
 *   <li>At-least-once into Kafka: after a crash, or a send the producer gave up on, readings after the last persisted
 *       acknowledgement are sent again. Each carries (source, sequence) and consumers drop pairs they have seen, so
 *       at-least-once into Kafka plus dedupe by (source, sequence) downstream is exactly-once into the pipeline.</li>
 *   <li>Nothing is dropped silently: a full journal refuses (or, if so configured, drops the oldest segment) and
 *       counts it; torn tails and corrupt records found on open or read are counted and logged with their size.</li>
 * </ul>
 */
package com.kcspeedshop.collector.publish.journal;
