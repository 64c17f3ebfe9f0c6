package com.kcspeedshop.flink.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** One configuration key of a job: its name, default and meaning. Implemented by a job's option enum. */
public interface JobOption {

    /** The key as written in arguments and maps, e.g. {@code kafka.bootstrap-servers}. */
    String key();

    /** The default, or empty when the key is required or optional without a default. */
    Optional<String> defaultValue();

    /** What the key means and the expected form of its value. */
    String description();

    /** One line per option: {@code --key <description> (default: x)}. */
    static String help(JobOption[] options) {
        return Arrays.stream(options)
                .map(o -> "  --" + o.key() + "  " + o.description()
                        + o.defaultValue().map(d -> " (default: " + (d.isEmpty() ? "empty" : d) + ")").orElse(""))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
