/**
 * Publishing readings: the {@link com.kcspeedshop.collector.publish.ReadingPublisher} port every reading source writes
 * to (the simulator now, ELM327 pollers later), and its Kafka implementation; the store-and-forward
 * {@link com.kcspeedshop.collector.publish.journal.JournaledPublisher} puts a disk journal in front of Kafka. Adapter
 * fingerprints go through {@link com.kcspeedshop.collector.publish.FingerprintPublisher}, in durable mode through a
 * small on-disk outbox beside the journal.
 *
 * <p>Invariants: every reading is published keyed by VIN to one topic, a poll cycle as one
 * {@link com.kcspeedshop.events.Events#OBD_READING_BATCH} record and a lone reading as one
 * {@link com.kcspeedshop.events.Events#OBD_READING} record ({@link com.kcspeedshop.collector.publish.CycleRecords}),
 * so consumers decode the topic with {@code OBD_READING_BATCH}; stats count readings, not records; a failed send is
 * counted and logged with Kafka's reason, never dropped silently; {@link com.kcspeedshop.collector.publish.SourceSequence}
 * gives each source strictly increasing sequence numbers, also across restarts, so consumers can deduplicate by
 * (source, sequence).
 */
package com.kcspeedshop.collector.publish;
