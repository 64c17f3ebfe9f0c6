package com.kcspeedshop.flink.io;

import com.kcspeedshop.events.EventCodec;
import com.kcspeedshop.events.Events;

/**
 * Finds the codec of an event type. Operators ship the event {@link Class} (serializable) instead of the codec (not
 * serializable) and look the codec up when they open.
 */
final class Codecs {

    private Codecs() {
    }

    @SuppressWarnings("unchecked")
    static <T> EventCodec<T> forType(Class<T> type) {
        return (EventCodec<T>) Events.all().stream()
                .filter(codec -> codec.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no codec in Events for " + type.getName()));
    }
}
