package com.kcspeedshop.collector.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kcs-collector bench decode}: JMH decode throughput of framing, meaning and both, against a baseline. */
@Command(name = "decode",
        mixinStandardHelpOptions = true,
        description = {
            "Measures decode throughput in frames per second on one core, single-threaded, in one forked JVM, over a "
                    + "mix of five real adapter responses (ELM327 data sheet captures): a single frame with CAN "
                    + "headers off, a CAN 11-bit frame with headers on, a multi-PID reply, an ISO-TP multi-frame VIN "
                    + "and an ISO 9141-2 frame with its checksum (8 wire frames in all).",
            "",
            "Rows:",
            "  baselineSplitHex  only split the text into lines and turn hex into bytes (java.util.HexFormat): "
                    + "the least any decoder must do",
            "  framing           adapter text -> ECU messages (headers, ISO-TP, checksums removed)",
            "  meaning           ECU messages -> named, scaled values",
            "  endToEnd          adapter text -> decoded values, both layers",
            "",
            "'cost vs baseline' is baseline frames/s divided by the row's frames/s: 4.00x means each frame costs "
                    + "four times the bare split-and-hex work. Compare this ratio between runs and machines, not the "
                    + "absolute frames/s, which move with load on the machine.",
            "",
            "A full run takes about 40 s; --quick about 10 s, with wider error bars."},
        footer = {"", "Example:", "  kcs-collector bench decode            # full run, about 40 s",
                "  kcs-collector bench decode --quick    # check it runs; error bars are wide"})
final class DecodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Shorter warm-up and measurement (1x0.5 s + 3x0.5 s per row instead of "
            + "3x1 s + 5x1 s). For checking that the bench works, not for figures worth quoting.")
    private boolean quick;

    @Option(names = "--verbose", description = "Also print JMH's own progress and per-iteration lines.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunLength length = quick ? RunLength.QUICK : RunLength.FULL;
        out.printf("Decode benchmarks (%s run, JMH, 1 fork, 1 thread); this takes %s...%n",
                length.name().toLowerCase(Locale.ROOT), quick ? "about 10 s" : "about 40 s");
        out.flush();
        try {
            out.print(BenchTable.format(DecodeBench.run(length, verbose)));
        } catch (RunnerException e) {
            // JMH wraps the forked JVM's failure; its cause names the benchmark input or code that broke
            spec.commandLine().getErr().printf("Benchmark failed: %s%nRun again with --verbose for JMH's output.%n",
                    rootCause(e));
            return 1;
        }
        out.printf("frames/s: wire frames of the %d-response mix per second on one core; "
                + "± error: JMH 99.9%% confidence half-width.%n", DecodeInputs.MIX.size());
        out.flush();
        return 0;
    }

    // JMH reports a benchmark's own exception as a suppressed exception of its BenchmarkException
    private static Throwable rootCause(RunnerException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause.getSuppressed().length > 0 ? cause.getSuppressed()[0] : cause;
    }
}
