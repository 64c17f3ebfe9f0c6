package com.kcspeedshop.collector.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kcs-collector bench}: the group of benchmark commands; today only {@code decode}. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = {DecodeCommand.class, CommandLine.HelpCommand.class},
        description = {"Measures the collector's hot paths with JMH and prints each figure next to a baseline measured "
                + "in the same run.",
                "Absolute numbers drift on a shared or busy machine; compare the ratios to the baseline instead."},
        footer = {"", "Example:", "  kcs-collector bench decode --quick"})
public final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a benchmark, e.g. 'decode'.");
    }
}
