/**
 * The edges of every KC Speedshop Flink job: reading raw Kafka records, routing what cannot be decoded to the dead-letter
 * topic, writing events to Kafka and writing signal windows to PostgreSQL.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Deserializers never decode. {@link com.kcspeedshop.flink.io.KafkaRecord} keeps topic, partition, offset, key and
 *       value bytes, so a record that {@link com.kcspeedshop.flink.io.DecodeOrDeadLetter} cannot read becomes a
 *       {@link com.kcspeedshop.events.DeadLetter} that names exactly where it came from. Bad input never fails a job.</li>
 *   <li>Every type that crosses an operator boundary is a Flink POJO; nothing is registered with Kryo.</li>
 *   <li>Kafka sinks come from {@link com.kcspeedshop.flink.io.KafkaSinks}: exactly-once with a transactional id
 *       prefix per job and output and a transaction timeout the broker accepts, or at-least-once.</li>
 *   <li>The PostgreSQL sink only does idempotent upserts, so replays after a restart rewrite identical rows and the sink
 *       can be at-least-once without duplicates.</li>
 * </ul>
 */
package com.kcspeedshop.flink.io;
