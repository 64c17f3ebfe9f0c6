package com.kcspeedshop.collector.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code kcs-collector} in-process as a user would, capturing what it prints; for the CLI tests. */
public final class CliRun {

    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();

    /** Runs the command line and returns its exit code. */
    public int run(String... args) {
        CommandLine cli = CollectorCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
