package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kcs-collector}: gets OBD-II readings from cars (or a simulated fleet) into Kafka. */
@Command(name = "kcs-collector",
        mixinStandardHelpOptions = true,
        versionProvider = CollectorCli.Version.class,
        subcommands = {
            RunCommand.class,
            ScanCommand.class,
            DtcCommand.class,
            SimulateCommand.class,
            ReplayCommand.class,
            DecodeCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class},
        description = "Collects OBD-II readings from vehicles and publishes them to Kafka, "
                + "topic telemetry.obd-readings.v1, keyed by VIN.",
        footer = {"", "Run 'kcs-collector help <command>' for a command's options and an example."})
public final class CollectorCli implements Runnable {

    /** Where the CLI's logging configuration lives; see the comment in that file. */
    static final String LOGBACK_CONFIG = "com/kcspeedshop/collector/cli/cli-logback.xml";

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for embedding or tests: {@code commandLine().execute(args)} returns the exit code. */
    public static CommandLine commandLine() {
        return new CommandLine(new CollectorCli());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. 'simulate'.");
    }

    /** The version from the jar manifest; "development build" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CollectorCli.class.getPackage().getImplementationVersion();
            return new String[] {"kcs-collector " + (version == null ? "(development build)" : version)};
        }
    }
}
