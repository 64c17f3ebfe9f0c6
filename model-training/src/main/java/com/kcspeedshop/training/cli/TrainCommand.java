package com.kcspeedshop.training.cli;

import picocli.CommandLine.Command;

/** {@code train}: groups the trainers, one subcommand per task. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model and write its artifact folder. See `train rul --help`, `train ai4i --help`, "
                + "`train anomaly --help`.",
        subcommands = {TrainRulCommand.class, TrainAi4iCommand.class, TrainAnomalyCommand.class})
final class TrainCommand {
}
