package com.kcspeedshop.datasets.trips;

import com.kcspeedshop.datasets.trips.CsvLine.BadRowException;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a carOBD Toyota Etios log: every row holds all 27 values, each row's values are emitted. The only clock is
 * {@code ENGINE_RUN_TINE} in whole seconds, which rises about once per two rows; rows that share a second are spread
 * 500 ms apart (capped just below the next second), so readings keep their order and rough spacing.
 */
final class CarObdLogReader {

    private static final long ROW_SPACING_MILLIS = 500;
    private static final long MAX_OFFSET_MILLIS = 999;

    private final Instant start;

    CarObdLogReader(Instant start) {
        this.start = start;
    }

    TripLog read(BufferedReader in, String name) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException(name + " is empty; a carOBD log starts with an 'ENGINE_RUN_TINE ()' header");
        }
        List<CarObdColumn> columns = columns(CsvLine.cells(header));
        List<RecordedReading> readings = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        RowClock clock = new RowClock();
        long rows = 0;
        long lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            rows++;
            try {
                double[] values = values(CsvLine.cells(line), columns);
                Instant at = start.plusMillis(clock.millisOf(values[0]));
                for (int i = 0; i < values.length; i++) {
                    CarObdColumn column = columns.get(i);
                    if (column.signal() != null) {
                        readings.add(new RecordedReading(at, column.signal(), values[i], column.unit(), lineNumber));
                    }
                }
            } catch (BadRowException e) {
                skipped.add(new SkippedRow(lineNumber, e.getMessage()));
            }
        }
        return new TripLog(TripLogFormat.CAROBD, name, rows, readings, skipped);
    }

    private static List<CarObdColumn> columns(String[] header) {
        List<CarObdColumn> columns = new ArrayList<>();
        for (String cell : header) {
            columns.add(CarObdColumn.forHeader(cell).orElseThrow(() -> new IllegalArgumentException(
                    "unknown carOBD column '" + cell.strip() + "'; expected the 27 columns of the dataset README")));
        }
        if (columns.isEmpty() || columns.get(0) != CarObdColumn.ENGINE_RUN_TINE) {
            throw new IllegalArgumentException("a carOBD log's first column is ENGINE_RUN_TINE (seconds since start)");
        }
        return columns;
    }

    private static double[] values(String[] cells, List<CarObdColumn> columns) {
        // every data row ends with a trailing comma: one empty field more than the header
        boolean trailing = cells.length == columns.size() + 1 && cells[cells.length - 1].isBlank();
        if (cells.length != columns.size() && !trailing) {
            throw new BadRowException("expected " + columns.size() + " fields and a trailing comma, got "
                    + cells.length + " fields (a truncated row?)");
        }
        double[] values = new double[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = CsvLine.number(cells[i], columns.get(i).name());
        }
        return values;
    }

    /** Turns the whole-second run time of consecutive rows into increasing millisecond offsets. */
    private static final class RowClock {
        private double second = -1;
        private long rowInSecond;
        private long lastMillis = -1;

        long millisOf(double runTimeSeconds) {
            if (runTimeSeconds < 0) {
                throw new BadRowException("ENGINE_RUN_TINE: negative run time " + runTimeSeconds);
            }
            long base = Math.round(runTimeSeconds * 1000);
            if (base < lastMillis - MAX_OFFSET_MILLIS) {
                throw new BadRowException("ENGINE_RUN_TINE went back from " + second + " s to " + runTimeSeconds + " s");
            }
            rowInSecond = runTimeSeconds == second ? rowInSecond + 1 : 0;
            second = runTimeSeconds;
            long millis = Math.max(base + Math.min(rowInSecond * ROW_SPACING_MILLIS, MAX_OFFSET_MILLIS), lastMillis);
            lastMillis = millis;
            return millis;
        }
    }
}
