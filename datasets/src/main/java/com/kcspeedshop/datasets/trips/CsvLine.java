package com.kcspeedshop.datasets.trips;

/** Splitting and number parsing shared by the trip log readers. Logs quote nothing, so a plain split is exact. */
final class CsvLine {

    private CsvLine() {
    }

    /** The cells of one line, CR removed, empty cells kept. */
    static String[] cells(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return text.split(",", -1);
    }

    /** Thrown for a cell that is not a finite number; the message names the column and the text. */
    static double number(String cell, String column) {
        String text = cell.strip();
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the column's name
        }
        throw new BadRowException(column + ": '" + text + "' is not a number");
    }

    /** A row that cannot be replayed; the reader catches it and records a {@link SkippedRow}. */
    static final class BadRowException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRowException(String reason) {
            super(reason, null, false, false);
        }
    }
}
