package com.kcspeedshop.collector.elm327.response;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Running counters of one {@link ElmResponseParser}: how many responses it read, what they turned into, and every
 * dropped frame by reason. Safe to read from another thread while the parser runs (for a status line or metrics).
 */
public final class ParseStats {

    private final LongAdder responses = new LongAdder();
    private final LongAdder messages = new LongAdder();
    private final LongAdder garbage = new LongAdder();
    private final Map<ElmError, LongAdder> errors = new EnumMap<>(ElmError.class);
    private final Map<DropReason, LongAdder> dropped = new EnumMap<>(DropReason.class);

    ParseStats() {
        for (ElmError error : ElmError.values()) {
            errors.put(error, new LongAdder());
        }
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, new LongAdder());
        }
    }

    void record(ElmResponse response) {
        responses.increment();
        messages.add(response.messages().size());
        response.dropped().forEach(frame -> dropped.get(frame.reason()).increment());
        if (response instanceof ElmResponse.AdapterError error) {
            errors.get(error.error()).increment();
        } else if (response instanceof ElmResponse.Garbage) {
            garbage.increment();
        }
    }

    /** Responses parsed so far. */
    public long responses() {
        return responses.sum();
    }

    /** Complete ECU messages produced so far (including partial ones kept beside an adapter error). */
    public long messages() {
        return messages.sum();
    }

    /** Responses that were {@link ElmResponse.Garbage}. */
    public long garbage() {
        return garbage.sum();
    }

    /** Responses that were an {@link ElmResponse.AdapterError} of this kind. */
    public long errors(ElmError error) {
        return errors.get(error).sum();
    }

    /** Frames or lines dropped for this reason. */
    public long dropped(DropReason reason) {
        return dropped.get(reason).sum();
    }

    /** Frames or lines dropped for any reason. */
    public long droppedTotal() {
        return dropped.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public String toString() {
        return "ParseStats[responses=" + responses() + ", messages=" + messages() + ", garbage=" + garbage()
                + ", dropped=" + droppedTotal() + "]";
    }
}
