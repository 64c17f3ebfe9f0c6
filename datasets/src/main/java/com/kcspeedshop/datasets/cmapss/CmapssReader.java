package com.kcspeedshop.datasets.cmapss;

import com.kcspeedshop.datasets.MalformedDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads C-MAPSS {@code train_FD00x.txt} / {@code test_FD00x.txt} files into engine units and {@code RUL_FD00x.txt} into
 * the true remaining life per test unit.
 *
 * <p>Format (datasets README): space-separated, no header, every line ends with two trailing spaces (RUL files: one),
 * so lines are stripped and split on runs of whitespace. A unit's rows are contiguous and its cycles count 1, 2, 3…;
 * anything else is reported with its line number, because a shuffled or truncated file would give a wrong RUL label.
 */
public final class CmapssReader {

    private CmapssReader() {
    }

    /** Reads a trajectory file into units, in file order. */
    public static List<EngineUnit> readUnits(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return readUnits(in, file.toString());
        }
    }

    /** Reads trajectories from {@code in}; {@code source} names it in error messages. */
    public static List<EngineUnit> readUnits(Reader in, String source) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<EngineUnit> units = new ArrayList<>();
        List<CmapssCycle> current = new ArrayList<>();
        String line;
        long number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            CmapssCycle cycle = parse(line, source, number);
            if (!current.isEmpty() && cycle.unit() != current.get(0).unit()) {
                units.add(new EngineUnit(current.get(0).unit(), current));
                current = new ArrayList<>();
            }
            int expected = current.isEmpty() ? 1 : current.get(current.size() - 1).cycle() + 1;
            if (cycle.cycle() != expected) {
                throw new MalformedDataException(source, number, "unit " + cycle.unit() + ": cycle " + cycle.cycle()
                        + " where cycle " + expected + " was expected (rows must be in cycle order, from 1)");
            }
            if (current.isEmpty() && units.stream().anyMatch(u -> u.unit() == cycle.unit())) {
                throw new MalformedDataException(source, number, "unit " + cycle.unit() + " appears twice, not contiguous");
            }
            current.add(cycle);
        }
        if (!current.isEmpty()) {
            units.add(new EngineUnit(current.get(0).unit(), current));
        }
        if (units.isEmpty()) {
            throw new MalformedDataException(source, number, "no data rows");
        }
        return units;
    }

    /**
     * Reads a {@code RUL_FD00x.txt}: line i is the true RUL after the last test cycle of unit i.
     *
     * @return the RUL per unit, index 0 for unit 1
     */
    public static int[] readTruth(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return readTruth(in, file.toString());
        }
    }

    public static int[] readTruth(Reader in, String source) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Integer> values = new ArrayList<>();
        String line;
        long number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            int rul = integer(text, "RUL", source, number);
            if (rul < 0) {
                throw new MalformedDataException(source, number, "RUL " + rul + " is negative");
            }
            values.add(rul);
        }
        if (values.isEmpty()) {
            throw new MalformedDataException(source, number, "no RUL values");
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static CmapssCycle parse(String line, String source, long number) throws MalformedDataException {
        String[] cells = line.strip().split("\\s+");
        if (cells.length != CmapssCycle.COLUMNS) {
            throw new MalformedDataException(source, number, "expected " + CmapssCycle.COLUMNS
                    + " space-separated values (unit, cycle, 3 settings, 21 sensors), found " + cells.length);
        }
        int unit = integer(cells[0], "unit", source, number);
        int cycle = integer(cells[1], "cycle", source, number);
        if (unit < 1 || cycle < 1) {
            throw new MalformedDataException(source, number, "unit and cycle must be >= 1, found " + unit + ", " + cycle);
        }
        double[] settings = new double[CmapssCycle.SETTINGS];
        for (int i = 0; i < settings.length; i++) {
            settings[i] = decimal(cells[2 + i], "setting " + (i + 1), source, number);
        }
        double[] sensors = new double[CmapssCycle.SENSORS];
        for (int i = 0; i < sensors.length; i++) {
            sensors[i] = decimal(cells[5 + i], "sensor s" + (i + 1), source, number);
        }
        return new CmapssCycle(unit, cycle, settings, sensors);
    }

    private static int integer(String cell, String column, String source, long number) throws MalformedDataException {
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new MalformedDataException(source, number, column + ": '" + cell + "' is not an integer");
        }
    }

    private static double decimal(String cell, String column, String source, long number)
            throws MalformedDataException {
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the column's name
        }
        throw new MalformedDataException(source, number, column + ": '" + cell + "' is not a finite number");
    }
}
