package com.kcspeedshop.datasets.ai4i;

import com.kcspeedshop.datasets.MalformedDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads {@code ai4i2020.csv}: UTF-8 with a byte-order mark, one header row, 14 comma-separated columns, nothing quoted
 * (datasets README). The header is checked by name so a re-ordered export cannot silently swap features; a bad row
 * fails with its line number.
 */
public final class Ai4iReader {

    /** The header as the file has it, after the BOM. */
    public static final List<String> HEADER = List.of("UDI", "Product ID", "Type", "Air temperature [K]",
            "Process temperature [K]", "Rotational speed [rpm]", "Torque [Nm]", "Tool wear [min]", "Machine failure",
            "TWF", "HDF", "PWF", "OSF", "RNF");

    private static final char BOM = '\uFEFF';

    private Ai4iReader() {
    }

    public static List<Ai4iRecord> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    public static List<Ai4iRecord> read(Reader in, String source) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String header = lines.readLine();
        if (header == null) {
            throw new MalformedDataException(source, 1, "empty file, expected the AI4I header");
        }
        if (!header.isEmpty() && header.charAt(0) == BOM) {
            header = header.substring(1);
        }
        List<String> names = List.of(stripCr(header).split(",", -1));
        if (!names.equals(HEADER)) {
            throw new MalformedDataException(source, 1, "header " + names + " is not the AI4I 2020 header " + HEADER);
        }
        List<Ai4iRecord> records = new ArrayList<>();
        String line;
        long number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            records.add(parse(stripCr(line).split(",", -1), source, number));
        }
        if (records.isEmpty()) {
            throw new MalformedDataException(source, number, "no data rows after the header");
        }
        return records;
    }

    private static Ai4iRecord parse(String[] cells, String source, long number) throws MalformedDataException {
        if (cells.length != HEADER.size()) {
            throw new MalformedDataException(source, number,
                    "expected " + HEADER.size() + " comma-separated values, found " + cells.length);
        }
        ProductType type;
        try {
            type = ProductType.valueOf(cells[2]);
        } catch (IllegalArgumentException e) {
            throw new MalformedDataException(source, number, "Type: '" + cells[2] + "' is not L, M or H");
        }
        EnumSet<FailureMode> modes = EnumSet.noneOf(FailureMode.class);
        for (FailureMode mode : FailureMode.values()) {
            if (flag(cells, 9 + mode.ordinal(), source, number)) {
                modes.add(mode);
            }
        }
        return new Ai4iRecord((int) number(cells, 0, source, number), cells[1], type, number(cells, 3, source, number),
                number(cells, 4, source, number), number(cells, 5, source, number), number(cells, 6, source, number),
                number(cells, 7, source, number), flag(cells, 8, source, number), modes);
    }

    private static double number(String[] cells, int column, String source, long line) throws MalformedDataException {
        try {
            double value = Double.parseDouble(cells[column]);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the column's name
        }
        throw new MalformedDataException(source, line,
                HEADER.get(column) + ": '" + cells[column] + "' is not a finite number");
    }

    private static boolean flag(String[] cells, int column, String source, long line) throws MalformedDataException {
        return switch (cells[column]) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new MalformedDataException(source, line,
                    HEADER.get(column) + ": '" + cells[column] + "' is not 0 or 1");
        };
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
