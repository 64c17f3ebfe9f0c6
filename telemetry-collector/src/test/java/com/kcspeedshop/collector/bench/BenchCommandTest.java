package com.kcspeedshop.collector.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.cli.CollectorCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Wiring and help only: running the benchmarks is not a test, and the suite must never time anything. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CollectorCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void shouldOfferBenchAsACollectorCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("bench");
    }

    @Test
    void shouldTeachDecodeBenchRowsBaselineAndQuickModeInItsHelp() {
        assertThat(run("bench", "decode", "--help")).isZero();
        assertThat(out.toString())
                .contains("--quick", "--verbose", "frames per second", "baselineSplitHex", "framing", "meaning",
                        "endToEnd", "cost vs baseline", "java.util.HexFormat")
                .contains("Example:", "kcs-collector bench decode --quick");
    }

    @Test
    void shouldAskForABenchmarkWhenNoneIsNamed() {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing a benchmark, e.g. 'decode'");
    }
}
