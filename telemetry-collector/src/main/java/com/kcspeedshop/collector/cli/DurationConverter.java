package com.kcspeedshop.collector.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Parses human durations such as {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 500ms}, or ISO-8601 {@code PT10M}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern WHOLE = Pattern.compile("(\\d+(ms|s|m|h|d))+");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String text) {
        Duration duration = parse(text.trim().toLowerCase(Locale.ROOT));
        if (duration.isZero() || duration.isNegative()) {
            throw new CommandLine.TypeConversionException("duration must be positive, got '" + text + "'");
        }
        return duration;
    }

    private static Duration parse(String text) {
        if (text.startsWith("p")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        if (!WHOLE.matcher(text).matches()) {
            throw invalid(text);
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        return total;
    }

    private static CommandLine.TypeConversionException invalid(String text) {
        return new CommandLine.TypeConversionException("'" + text + "' is not a duration; use e.g. 90s, 10m, 1h30m, "
                + "500ms or PT10M");
    }
}
