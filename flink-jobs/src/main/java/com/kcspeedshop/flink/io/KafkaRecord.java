package com.kcspeedshop.flink.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * One Kafka record exactly as it arrived, not yet decoded. A mutable Flink POJO (public no-arg constructor, public
 * fields) because that is what Flink's PojoSerializer needs; treat instances as values once emitted.
 */
public class KafkaRecord {

    public String topic;
    public int partition;
    public long offset;
    /** Broker or producer timestamp in epoch milliseconds; informational, event time comes from the payload. */
    public long timestamp;
    /** May be null: Kafka allows records without a key. */
    public byte[] key;
    /** May be null (a tombstone) or empty; both are routed as undecodable. */
    public byte[] value;

    public KafkaRecord() {
    }

    public KafkaRecord(String topic, int partition, long offset, long timestamp, byte[] key, byte[] value) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.timestamp = timestamp;
        this.key = key;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KafkaRecord other)) {
            return false;
        }
        return partition == other.partition && offset == other.offset && timestamp == other.timestamp
                && Objects.equals(topic, other.topic) && Arrays.equals(key, other.key)
                && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, partition, offset);
    }

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset + " (" + (value == null ? "null" : value.length + " bytes") + ")";
    }
}
