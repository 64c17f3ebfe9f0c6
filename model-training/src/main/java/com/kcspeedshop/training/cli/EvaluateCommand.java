package com.kcspeedshop.training.cli;

import picocli.CommandLine.Command;

/** {@code evaluate}: scores a saved model on data it was not trained on. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a saved model on a test set. See `evaluate rul --help` and `evaluate anomaly --help`.",
        subcommands = {EvaluateRulCommand.class, EvaluateAnomalyCommand.class})
final class EvaluateCommand {
}
