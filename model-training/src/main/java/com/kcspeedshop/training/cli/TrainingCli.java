package com.kcspeedshop.training.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code model-training}: train and evaluate the predictive-maintenance models. */
@Command(name = "model-training", mixinStandardHelpOptions = true, version = "model-training 0.1.0",
        description = {
            "Trains and evaluates KC Speedshop's predictive-maintenance models on the public reference datasets.",
            "Every trained model is written as an artifact folder (model binary + provenance.json) that",
            "`evaluate` and, later, the registry and model-serving read.",
            "",
            "Typical use (from the repository root):",
            "  train rul --subset FD001 --model tree      gradient-boosted trees, ~1 min",
            "  train rul --subset FD001 --model dl4j      DL4J CNN, ~10 min on 2 cores",
            "  evaluate rul --model models/<id> --test ../shared/datasets/cmapss/test_FD001.txt \\",
            "               --truth ../shared/datasets/cmapss/RUL_FD001.txt",
            "  train ai4i                                  failure classification, 5-fold CV",
            "  train anomaly --algorithm isolation-forest  vehicle anomaly model on the real OBD trips",
            "  evaluate anomaly --model models/<id>        its false alarms, recall and delay on held-out trips",
            ""},
        subcommands = {TrainCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class})
public final class TrainingCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree, with errors printed as one line (no stack trace) and exit code 1. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TrainingCli());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return cli;
    }
}
