package com.kcspeedshop.serving.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * {@code ScorerBench <artifact>...}: runs {@link ScorerBenchmark} for each artifact folder ({@code dir#variant} for an
 * AI4I folder) in one forked JVM each and prints p50/p99 of a single-row prediction, the same-run baseline, and batch
 * throughput in rows per second.
 */
public final class ScorerBench {

    private ScorerBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ScorerBench <artifact folder>[#variant] ...");
            System.exit(2);
        }
        int seconds = Integer.getInteger("bench.seconds", 5);
        Options options = new OptionsBuilder()
                .include(ScorerBenchmark.class.getName())
                .param("artifact", args)
                .forks(1)
                .threads(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(3).measurementTime(TimeValue.seconds(seconds))
                // the natives follow OMP_NUM_THREADS; one thread keeps a single-row call on one core
                .jvmArgsAppend("-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-60s %-9s %12s %12s %14s", "artifact", "method", "p50 us", "p99 us",
                "rows/s"));
        for (RunResult r : results) {
            String artifact = r.getParams().getParam("artifact");
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            BenchmarkResult b = r.getAggregatedResult();
            Statistics s = b.getPrimaryResult().getStatistics();
            if ("batch256".equals(method)) {
                lines.add(String.format(Locale.ROOT, "%-60s %-9s %12s %12s %14.0f", shorten(artifact), method, "-", "-",
                        s.getMean() * ScorerBenchmark.BATCH));
            } else {
                lines.add(String.format(Locale.ROOT, "%-60s %-9s %12.2f %12.2f %14s", shorten(artifact), method,
                        s.getPercentile(50), s.getPercentile(99), "-"));
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    private static String shorten(String artifact) {
        return artifact.length() <= 60 ? artifact : "…" + artifact.substring(artifact.length() - 59);
    }
}
