package com.kcspeedshop.collector.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import com.kcspeedshop.collector.cli.CliRun;

/** Wiring and help only: running the benchmarks is not a test, and the suite must never time anything. */
class BenchCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void shouldOfferBenchAsACollectorCommand() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out.toString()).contains("bench");
    }

    @Test
    void shouldTeachDecodeBenchRowsBaselineAndQuickModeInItsHelp() {
        assertThat(cli.run("bench", "decode", "--help")).isZero();
        assertThat(cli.out.toString())
                .contains("--quick", "--verbose", "frames per second", "baselineSplitHex", "framing", "meaning",
                        "endToEnd", "cost vs baseline", "java.util.HexFormat")
                .contains("Example:", "kcs-collector bench decode --quick");
    }

    @Test
    void shouldAskForABenchmarkWhenNoneIsNamed() {
        assertThat(cli.run("bench")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("Missing a benchmark, e.g. 'decode'");
    }
}
