package com.kcspeedshop.collector.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Formats JMH results as a table whose every row carries its ratio to the baseline measured in the same run. */
final class BenchTable {

    /** The benchmark method every other row is divided by. */
    static final String BASELINE = "baselineSplitHex";

    /** Reading order: the baseline, each layer alone, then both; a row not listed here goes last. */
    private static final List<String> ORDER = List.of(BASELINE, "framing", "meaning", "endToEnd");

    private static final String ROW = "%-18s %14s  %12s  %16s%n";

    private BenchTable() {
    }

    /** One row per benchmark, the baseline first; benchmark names are the method names of {@link DecodeBenchmark}. */
    static String format(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            Result<?> primary = result.getPrimaryResult();
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            rows.add(new Row(method, primary.getScore(), primary.getScoreError()));
        }
        rows.sort(Comparator.comparingInt((Row row) -> position(row.name())).thenComparing(Row::name));
        double baseline = rows.stream().filter(row -> row.name().equals(BASELINE)).mapToDouble(Row::framesPerSecond)
                .findFirst().orElse(Double.NaN);

        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, ROW, "benchmark", "frames/s", "± error", "cost vs baseline"));
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, ROW, row.name(), grouped(row.framesPerSecond()),
                    grouped(row.error()), costRatio(baseline, row.framesPerSecond())));
        }
        return table.toString();
    }

    private static int position(String name) {
        int index = ORDER.indexOf(name);
        return index < 0 ? ORDER.size() : index;
    }

    // the baseline is faster, so baseline/row reads as "this many times the bare split-and-hex work per frame"
    private static String costRatio(double baseline, double framesPerSecond) {
        if (Double.isNaN(baseline) || framesPerSecond <= 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2fx", baseline / framesPerSecond);
    }

    private static String grouped(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private record Row(String name, double framesPerSecond, double error) {
    }
}
