package com.kcspeedshop.flink.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of raw string settings keyed by {@link JobOption}s. Every failure names the key, the expected form and
 * the offending value, so a bad deployment fails at start-up with a message that says how to fix it.
 */
public final class OptionValues {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> raw;

    private OptionValues(Map<String, String> raw) {
        this.raw = raw;
    }

    /** Checks that every key is one of {@code options}. */
    public static OptionValues of(Map<String, String> settings, JobOption[] options, String jobName) {
        for (String key : settings.keySet()) {
            boolean known = false;
            for (JobOption o : options) {
                known |= o.key().equals(key);
            }
            if (!known) {
                throw new JobConfigException(key, "is not a setting of the " + jobName + " job; known:"
                        + System.lineSeparator() + JobOption.help(options));
            }
        }
        return new OptionValues(Map.copyOf(settings));
    }

    /** Reads {@code --key value} or {@code --key=value} arguments, as given to {@code main}. */
    public static Map<String, String> parseArgs(String... args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new JobConfigException(arg, "is not an option; expected --key value or --key=value");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                settings.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                settings.put(arg.substring(2), args[++i]);
            } else {
                throw new JobConfigException(arg.substring(2), "has no value; expected --key value");
            }
        }
        return settings;
    }

    /** The trimmed value, else the option's default; empty when neither is set or the value is empty. */
    public Optional<String> optional(JobOption option) {
        String value = raw.get(option.key());
        Optional<String> v = value != null ? Optional.of(value.trim()) : option.defaultValue();
        return v.filter(s -> !s.isEmpty());
    }

    public String required(JobOption option) {
        return optional(option).orElseThrow(() ->
                new JobConfigException(option.key(), "is required: " + option.description()));
    }

    public String matching(JobOption option, Pattern pattern, String expected) {
        String value = required(option);
        if (!pattern.matcher(value).matches()) {
            throw invalid(option, expected, value);
        }
        return value;
    }

    public int integer(JobOption option, int min, int max) {
        String value = required(option);
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

    public boolean bool(JobOption option) {
        String value = required(option).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(option, "true or false", value);
        };
    }

    /** Accepts {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 30d} and ISO-8601 such as {@code PT10S}. */
    public Duration duration(JobOption option, boolean zeroAllowed) {
        String value = required(option);
        Duration parsed = parseDuration(value);
        if (parsed == null || parsed.isNegative() || (parsed.isZero() && !zeroAllowed)) {
            throw invalid(option, (zeroAllowed ? "a duration >= 0" : "a duration > 0")
                    + " such as 500ms, 10s, 2m, 30d or PT10S", value);
        }
        return parsed;
    }

    /** Matches the value against an enum's constants, ignoring case and treating '-' as '_'. */
    public <E extends Enum<E>> E enumValue(JobOption option, Class<E> type) {
        String value = required(option);
        String normalized = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return constant;
            }
        }
        throw invalid(option, option.description(), value);
    }

    public static JobConfigException invalid(JobOption option, String expected, String value) {
        return new JobConfigException(option.key(), "expected " + expected + ", got '" + value + "'");
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
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
