package com.kcspeedshop.collector.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link DecodeBenchmark} through JMH's API, so the bench needs no JMH uber-jar and no command-line JMH. */
final class DecodeBench {

    private DecodeBench() {
    }

    /**
     * Runs every decode benchmark once, baseline included, in one forked JVM.
     *
     * @param verbose print JMH's own progress and iteration lines to stdout
     */
    static Collection<RunResult> run(RunLength length, boolean verbose) throws RunnerException {
        Options options = new OptionsBuilder()
                // anchored: JMH matches include patterns as regular expressions against the full benchmark name
                .include("^" + DecodeBenchmark.class.getName().replace(".", "\\.") + "\\.")
                // one fork isolates the run from the CLI's own JIT profile; more forks would double the run time
                .forks(1)
                .threads(1)
                .warmupIterations(length.warmupIterations)
                .warmupTime(length.warmupTime)
                .measurementIterations(length.measurementIterations)
                .measurementTime(length.measurementTime)
                // a fixed heap keeps GC sizing from differing between the rows of one run
                .jvmArgsAppend("-Xms256m", "-Xmx256m")
                .shouldFailOnError(true)
                .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT)
                .build();
        return new Runner(options).run();
    }
}
