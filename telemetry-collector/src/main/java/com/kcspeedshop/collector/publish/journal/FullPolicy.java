package com.kcspeedshop.collector.publish.journal;

/**
 * What the journal does when a new reading would take it past its maximum size. Never silent: both count and log.
 *
 * <ul>
 *   <li>{@link #REJECT_NEW} (default): refuse the new reading ({@link JournalFullException}), counted as dropped at
 *       source. Every reading the journal ever accepted is still delivered, so "accepted means delivered" holds and the
 *       loss happens, visibly, at the one place that knows about it: the poller. This fits "nothing is lost" best.</li>
 *   <li>{@link #DROP_OLDEST}: delete the oldest segment, unacknowledged readings and all, counted as dropped oldest and
 *       logged at ERROR. Keeps the newest data (a dashboard shows now); breaks the promise for readings already
 *       accepted.</li>
 * </ul>
 */
public enum FullPolicy { REJECT_NEW, DROP_OLDEST }
