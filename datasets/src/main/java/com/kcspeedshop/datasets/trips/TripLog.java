package com.kcspeedshop.datasets.trips;

import java.util.List;

/**
 * What a reader made of one trip log file.
 *
 * @param format   the file's format
 * @param name     the file name without extension, e.g. {@code drive7}
 * @param rows     data rows read (header excluded), including skipped ones
 * @param readings the readings to replay, in recorded order
 * @param skipped  the rows that were skipped, with reasons
 */
public record TripLog(TripLogFormat format, String name, long rows, List<RecordedReading> readings,
                      List<SkippedRow> skipped) {

    public TripLog {
        readings = List.copyOf(readings);
        skipped = List.copyOf(skipped);
    }
}
