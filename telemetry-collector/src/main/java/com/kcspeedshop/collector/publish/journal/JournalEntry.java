package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.events.ObdReading;

/**
 * One journaled reading.
 *
 * @param position     where its record starts; pass to {@link ReadingJournal#readFrom}
 * @param nextPosition where the next record starts; pass to {@link ReadingJournal#acknowledge} once this reading and
 *                     all before it are delivered
 * @param reading      the reading as it was appended
 */
public record JournalEntry(long position, long nextPosition, ObdReading reading) {
}
