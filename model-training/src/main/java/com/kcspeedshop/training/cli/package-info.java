/**
 * The {@code model-training} command line (picocli): {@code train rul}, {@code train ai4i}, {@code evaluate rul}.
 * Reports go to stdout, progress bars and errors to stderr; {@code evaluate rul} prints exactly one JSON line.
 */
package com.kcspeedshop.training.cli;
