package com.kcspeedshop.datasets.trips;

import com.kcspeedshop.datasets.trips.CsvLine.BadRowException;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a KIT Seat Leon log. The logger polls its PIDs round robin and carries the last value of the others forward,
 * so a row repeats all but about one value: a reading is emitted only for a value that was newly read or changed.
 * Empty cells (PIDs not read yet) emit nothing.
 */
final class KitLogReader {

    /** The trips were driven around Karlsruhe; the Time column is local wall-clock time there. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final LocalDate startDate;

    KitLogReader(LocalDate startDate) {
        this.startDate = startDate;
    }

    /** The date a KIT file name starts with ({@code 2018-02-20_Seat_Leon_...}). */
    static LocalDate dateOf(String fileName) {
        try {
            return LocalDate.parse(fileName.substring(0, Math.min(10, fileName.length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a KIT log's file name must start with its date (yyyy-mm-dd_...), got '"
                    + fileName + "'");
        }
    }

    TripLog read(BufferedReader in, String name) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException(name + " is empty; a KIT log starts with a 'Time,...' header");
        }
        List<Optional<KitColumn>> columns = columns(CsvLine.cells(header));
        Double[] last = new Double[columns.size()];
        List<RecordedReading> readings = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        LocalDate date = startDate;
        LocalTime previous = null;
        long rows = 0;
        long lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            rows++;
            try {
                String[] cells = CsvLine.cells(line);
                Double[] values = values(cells, columns);
                LocalTime time = time(cells[0]);
                // a trip past midnight: the clock jumps back by almost a day
                if (previous != null && time.isBefore(previous.minusHours(1))) {
                    date = date.plusDays(1);
                }
                previous = time;
                emitChanged(LocalDateTime.of(date, time).atZone(ZONE).toInstant(), values, last, columns,
                        lineNumber, readings);
            } catch (BadRowException e) {
                skipped.add(new SkippedRow(lineNumber, e.getMessage()));
            }
        }
        return new TripLog(TripLogFormat.KIT, name, rows, readings, skipped);
    }

    private static List<Optional<KitColumn>> columns(String[] header) {
        if (header.length < 2 || !header[0].strip().equals("Time")) {
            throw new IllegalArgumentException("a KIT log's header starts with 'Time,' followed by value columns");
        }
        List<Optional<KitColumn>> columns = new ArrayList<>();
        columns.add(Optional.empty()); // the Time column
        for (int i = 1; i < header.length; i++) {
            columns.add(KitColumn.forHeader(header[i]));
        }
        return columns;
    }

    /** Every value cell parsed before anything is emitted, so a bad row emits nothing. Null = not read yet. */
    private static Double[] values(String[] cells, List<Optional<KitColumn>> columns) {
        if (cells.length != columns.size()) {
            throw new BadRowException("expected " + columns.size() + " fields, got " + cells.length);
        }
        Double[] values = new Double[cells.length];
        for (int i = 1; i < cells.length; i++) {
            if (columns.get(i).isPresent() && !cells[i].isBlank()) {
                values[i] = CsvLine.number(cells[i], columns.get(i).get().signal());
            }
        }
        return values;
    }

    private static LocalTime time(String cell) {
        try {
            return LocalTime.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw new BadRowException("Time: '" + cell.strip() + "' is not hh:mm:ss.mmm");
        }
    }

    private static void emitChanged(Instant at, Double[] values, Double[] last, List<Optional<KitColumn>> columns,
                                    long lineNumber, List<RecordedReading> readings) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] != null && !values[i].equals(last[i])) {
                KitColumn column = columns.get(i).orElseThrow();
                readings.add(new RecordedReading(at, column.signal(), values[i], column.unit(), lineNumber));
                last[i] = values[i];
            }
        }
    }
}
