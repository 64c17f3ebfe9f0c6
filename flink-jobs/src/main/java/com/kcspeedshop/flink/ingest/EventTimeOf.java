package com.kcspeedshop.flink.ingest;

import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/** An event's timestamp is its capture time, which sits inside the payload. */
final class EventTimeOf<T> implements SerializableTimestampAssigner<T> {

    private static final long serialVersionUID = 1L;

    private final EventKind<T> kind;

    EventTimeOf(EventKind<T> kind) {
        this.kind = kind;
    }

    @Override
    public long extractTimestamp(T event, long recordTimestamp) {
        return kind.eventTimeMillis(event);
    }
}
