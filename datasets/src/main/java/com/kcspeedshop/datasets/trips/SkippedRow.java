package com.kcspeedshop.datasets.trips;

/**
 * A row of a trip log that was not replayed.
 *
 * @param line   1-based line number in the file
 * @param reason what was wrong with it
 */
public record SkippedRow(long line, String reason) {
}
