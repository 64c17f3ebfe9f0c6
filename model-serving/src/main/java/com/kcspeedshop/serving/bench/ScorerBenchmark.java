package com.kcspeedshop.serving.bench;

import com.kcspeedshop.serving.scorer.Scorer;
import com.kcspeedshop.serving.scorer.Scorers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One scorer per {@code artifact} (a folder, {@code #variant} for AI4I), fed rows of the right width. The
 * {@code baseline} method does what every request does besides the model (validate the row's values) so the model's
 * own share can be read off the difference.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScorerBenchmark {

    /** Set by {@link ScorerBench}; a JMH param so each artifact is its own run. */
    @Param({""})
    public String artifact;

    public static final int BATCH = 256;

    private Scorer scorer;
    private double[] row;
    private double[][] batch;

    @Setup(Level.Trial)
    public void load() throws Exception {
        String[] parts = artifact.split("#", 2);
        scorer = Scorers.load(Path.of(parts[0]), parts.length > 1 ? parts[1] : null, "bench");
        row = BenchRows.row(scorer.metadata(), 0);
        batch = new double[BATCH][];
        for (int i = 0; i < BATCH; i++) {
            batch[i] = BenchRows.row(scorer.metadata(), i);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public double single() {
        return scorer.predict(row);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public double baseline() {
        double sum = 0;
        for (double v : row) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException();
            }
            sum += v;
        }
        return sum;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double[] batch256() {
        return scorer.predict(batch);
    }
}
