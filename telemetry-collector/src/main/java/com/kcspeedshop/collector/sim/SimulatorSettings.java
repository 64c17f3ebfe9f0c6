package com.kcspeedshop.collector.sim;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What to simulate, validated on construction so a bad value fails at startup with a message that says how to fix it.
 *
 * @param vehicles number of cars, 1..{@value #MAX_VEHICLES}
 * @param rateHz   readings per second per signal per car, (0, {@value #MAX_RATE_HZ}]; default {@value #DEFAULT_RATE_HZ}
 * @param seed     fleet seed: the same seed gives the same VINs and the same drive cycles; default {@value #DEFAULT_SEED}
 * @param sourceId stamped on every reading as {@code source}; consumers deduplicate by (source, sequence), so two
 *                 simulators running at once need different ids. Default {@link #defaultSourceId()}.
 */
public record SimulatorSettings(int vehicles, double rateHz, long seed, String sourceId) {

    public static final int MAX_VEHICLES = 100_000;
    public static final double MAX_RATE_HZ = 100;
    public static final double DEFAULT_RATE_HZ = 1.0;
    /** Fixed rather than random, so the same fleet (same VINs) appears in dashboards run after run. */
    public static final long DEFAULT_SEED = 1L;

    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public SimulatorSettings {
        if (vehicles < 1 || vehicles > MAX_VEHICLES) {
            throw new IllegalArgumentException("vehicles must be within 1.." + MAX_VEHICLES + ", got " + vehicles);
        }
        if (!(rateHz > 0 && rateHz <= MAX_RATE_HZ)) {
            throw new IllegalArgumentException("rate must be above 0 and at most " + MAX_RATE_HZ
                    + " readings per second per signal, got " + rateHz);
        }
        if (sourceId == null || !SOURCE_ID.matcher(sourceId).matches()) {
            throw new IllegalArgumentException("source id must be 1-64 characters of letters, digits, '.', '_', ':'"
                    + " or '-', got: " + sourceId);
        }
    }

    /** {@code vehicles} cars at the default rate, seed and source id. */
    public static SimulatorSettings defaults(int vehicles) {
        return new SimulatorSettings(vehicles, DEFAULT_RATE_HZ, DEFAULT_SEED, defaultSourceId());
    }

    public SimulatorSettings withRateHz(double newRateHz) {
        return new SimulatorSettings(vehicles, newRateHz, seed, sourceId);
    }

    public SimulatorSettings withSeed(long newSeed) {
        return new SimulatorSettings(vehicles, rateHz, newSeed, sourceId);
    }

    public SimulatorSettings withSourceId(String newSourceId) {
        return new SimulatorSettings(vehicles, rateHz, seed, newSourceId);
    }

    /** Time between two ticks; every car emits every signal once per tick. */
    public Duration tickInterval() {
        return Duration.ofNanos(Math.round(1e9 / rateHz));
    }

    /**
     * {@code sim-} plus the first label of this host's name, e.g. {@code sim-buildbox}: readable in a consumer's logs and
     * different per machine. Two simulators on one machine must be given distinct ids explicitly.
     */
    public static String defaultSourceId() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "local";
            }
        }
        String label = host.split("\\.", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        if (label.isEmpty()) {
            label = "local";
        }
        return "sim-" + (label.length() > 24 ? label.substring(0, 24) : label);
    }
}
