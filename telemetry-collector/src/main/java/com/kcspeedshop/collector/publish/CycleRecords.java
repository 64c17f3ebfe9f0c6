package com.kcspeedshop.collector.publish;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire form of a poll cycle on the readings topic, shared by every Kafka sender so they agree: a cycle of two or
 * more readings is one {@link Events#OBD_READING_BATCH} record; a single reading (a cycle of one, or
 * {@link ReadingPublisher#publish}) stays a plain {@link Events#OBD_READING} record, which batch consumers read as a
 * batch of one and which older single-reading consumers still read. A cycle longer than
 * {@link ObdReadingBatch#MAX_READINGS} is split into records of at most that many readings, in order.
 */
public final class CycleRecords {

    private CycleRecords() {
    }

    /**
     * The cycle cut into pieces of at most {@link ObdReadingBatch#MAX_READINGS}, each checked to be one batch.
     *
     * @throws IllegalArgumentException if the readings do not form one cycle (mixed vehicles or sources, sequences not
     *                                  increasing, capture times decreasing); checked before anything is returned
     */
    public static List<List<ObdReading>> split(List<ObdReading> cycle) {
        List<List<ObdReading>> pieces = new ArrayList<>(cycle.size() / ObdReadingBatch.MAX_READINGS + 1);
        for (int from = 0; from < cycle.size(); from += ObdReadingBatch.MAX_READINGS) {
            List<ObdReading> piece = cycle.subList(from, Math.min(cycle.size(), from + ObdReadingBatch.MAX_READINGS));
            if (from > 0) {
                requireContinues(cycle.get(from - 1), piece.get(0));
            }
            pieces.add(new ObdReadingBatch(piece).readings()); // validates the piece
        }
        return pieces;
    }

    /** The record value of one piece of {@link #split}: a plain reading for one, a batch for more. */
    public static byte[] encode(List<ObdReading> piece) {
        return piece.size() == 1 ? Events.OBD_READING.encode(piece.get(0))
                : Events.OBD_READING_BATCH.encode(new ObdReadingBatch(piece));
    }

    /** The batch check across a split point, so a split cycle is held to the same rules as a whole one. */
    private static void requireContinues(ObdReading last, ObdReading next) {
        new ObdReadingBatch(List.of(last, next));
    }
}
