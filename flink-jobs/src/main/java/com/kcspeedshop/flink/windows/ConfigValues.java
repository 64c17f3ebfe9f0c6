package com.kcspeedshop.flink.windows;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of raw string settings. Every failure names the key, the expected form and the offending value, so a
 * bad deployment fails at start-up with a message that says how to fix it.
 */
final class ConfigValues {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final Map<String, String> raw;

    ConfigValues(Map<String, String> raw) {
        this.raw = raw;
    }

    /** The trimmed value, else the option's default; empty when neither is set. */
    Optional<String> optional(SignalWindowOption option) {
        String value = raw.get(option.key());
        if (value != null) {
            return Optional.of(value.trim());
        }
        return option.defaultValue();
    }

    String required(SignalWindowOption option) {
        String value = optional(option).orElse("");
        if (value.isEmpty()) {
            throw new SignalWindowConfigException(option, "is required: " + option.description());
        }
        return value;
    }

    String matching(SignalWindowOption option, Pattern pattern, String expected) {
        String value = required(option);
        if (!pattern.matcher(value).matches()) {
            throw invalid(option, expected, value);
        }
        return value;
    }

    int integer(SignalWindowOption option, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw invalid(option, "an integer in " + min + ".." + max, value);
    }

    boolean bool(SignalWindowOption option) {
        String value = required(option).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(option, "true or false", value);
        };
    }

    /** Accepts {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h} and ISO-8601 such as {@code PT10S}. */
    Duration duration(SignalWindowOption option, boolean zeroAllowed) {
        String value = required(option);
        Duration parsed = parseDuration(value);
        if (parsed == null || parsed.isNegative() || (parsed.isZero() && !zeroAllowed)) {
            throw invalid(option, (zeroAllowed ? "a duration >= 0" : "a duration > 0")
                    + " such as 500ms, 10s, 2m or PT10S", value);
        }
        return parsed;
    }

    /** Matches the value against an enum's constants, ignoring case and treating '-' as '_'. */
    <E extends Enum<E>> E enumValue(SignalWindowOption option, Class<E> type) {
        String value = required(option);
        String normalized = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return constant;
            }
        }
        throw invalid(option, option.description(), value);
    }

    static SignalWindowConfigException invalid(SignalWindowOption option, String expected, String value) {
        return new SignalWindowConfigException(option, "expected " + expected + ", got '" + value + "'");
    }

    private static Duration parseDuration(String value) {
        if (value.equals("0")) {
            return Duration.ZERO; // zero needs no unit
        }
        Matcher m = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
