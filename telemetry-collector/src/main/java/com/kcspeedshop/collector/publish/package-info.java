/**
 * Publishing readings: the {@link com.kcspeedshop.collector.publish.ReadingPublisher} port every reading source writes
 * to (the simulator now, ELM327 pollers later), and its Kafka implementation; the store-and-forward
 * {@link com.kcspeedshop.collector.publish.journal.JournaledPublisher} puts a disk journal in front of Kafka. Adapter
 * fingerprints go through {@link com.kcspeedshop.collector.publish.FingerprintPublisher}, in durable mode through a
 * small on-disk outbox beside the journal.
 *
 * <p>Invariants: every reading is published keyed by VIN to one topic in the binary form of
 * {@link com.kcspeedshop.events.Events#OBD_READING}; a failed send is counted and logged with Kafka's reason, never
 * dropped silently; {@link com.kcspeedshop.collector.publish.SourceSequence} gives each source strictly increasing
 * sequence numbers, also across restarts, so consumers can deduplicate by (source, sequence).
 */
package com.kcspeedshop.collector.publish;
