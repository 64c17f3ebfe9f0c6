package com.kcspeedshop.collector.elm327.emulator;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The imitated adapter and car, validated on construction.
 *
 * @param model         adapter model; default {@link AdapterModel#ELM327_V14B}
 * @param quirks        clone faults switched on; default none
 * @param obdLatency    time from request to answer (a real car takes 20-100 ms); 0..5 s, default 40 ms
 * @param resetDuration time a genuine ATZ takes; 0..5 s, default 300 ms
 * @param slowReset     time ATZ takes with {@link CloneQuirk#SLOW_RESET}; 0..60 s, default 4 s
 * @param errorRate     share of OBD requests failing under {@link CloneQuirk#SPORADIC_BUS_ERRORS}; 0..0.9, default 0.2
 * @param seed          seed of the quirks' randomness; default 7
 * @param vin           17-character VIN served by 09 02 (no I, O or Q)
 * @param absentPids    service 01 PIDs (01..FF, not the 00/20/40... bitmaps) this car lacks though the emulated ECUs
 *                      know them: a simpler car, so that plugging the adapter into another car changes what discovery
 *                      finds; default none
 */
public record EmulatorSettings(AdapterModel model, Set<CloneQuirk> quirks, Duration obdLatency, Duration resetDuration,
                               Duration slowReset, double errorRate, long seed, String vin,
                               Set<Integer> absentPids) {

    public static final String DEFAULT_VIN = "1KCSP00D5RS123456";
    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    public EmulatorSettings {
        if (model == null) {
            throw new IllegalArgumentException("adapter model must be set");
        }
        quirks = quirks == null || quirks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(quirks));
        within("OBD latency", obdLatency, Duration.ofSeconds(5));
        within("reset duration", resetDuration, Duration.ofSeconds(5));
        within("slow reset duration", slowReset, Duration.ofSeconds(60));
        if (!(errorRate >= 0 && errorRate <= 0.9)) {
            throw new IllegalArgumentException("error rate must be within 0..0.9, got " + errorRate);
        }
        if (vin == null || !VIN.matcher(vin).matches()) {
            throw new IllegalArgumentException("VIN must be 17 characters of A-Z (no I, O, Q) and 0-9, got " + vin);
        }
        absentPids = absentPids == null ? Set.of() : Set.copyOf(absentPids);
        for (int pid : absentPids) {
            if (pid < 0x01 || pid > 0xFF || pid % 0x20 == 0) {
                throw new IllegalArgumentException("an absent PID is a live PID 01..FF, not a bitmap PID (00, 20, 40 "
                        + "...), got " + pid);
            }
        }
    }

    private static void within(String what, Duration value, Duration max) {
        if (value == null || value.isNegative() || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be within 0.." + max.toMillis() + " ms, got " + value);
        }
    }

    public static EmulatorSettings defaults() {
        return new EmulatorSettings(AdapterModel.ELM327_V14B, Set.of(), Duration.ofMillis(40), Duration.ofMillis(300),
                Duration.ofSeconds(4), 0.2, 7L, DEFAULT_VIN, Set.of());
    }

    public EmulatorSettings withModel(AdapterModel newModel) {
        return new EmulatorSettings(newModel, quirks, obdLatency, resetDuration, slowReset, errorRate, seed, vin,
                absentPids);
    }

    public EmulatorSettings withQuirks(Set<CloneQuirk> newQuirks) {
        return new EmulatorSettings(model, newQuirks, obdLatency, resetDuration, slowReset, errorRate, seed, vin,
                absentPids);
    }

    public EmulatorSettings withTiming(Duration newLatency, Duration newReset, Duration newSlowReset) {
        return new EmulatorSettings(model, quirks, newLatency, newReset, newSlowReset, errorRate, seed, vin,
                absentPids);
    }

    public EmulatorSettings withErrorRate(double newErrorRate) {
        return new EmulatorSettings(model, quirks, obdLatency, resetDuration, slowReset, newErrorRate, seed, vin,
                absentPids);
    }

    public EmulatorSettings withSeed(long newSeed) {
        return new EmulatorSettings(model, quirks, obdLatency, resetDuration, slowReset, errorRate, newSeed, vin,
                absentPids);
    }

    /** Another car behind the same adapter model: its VIN. */
    public EmulatorSettings withVin(String newVin) {
        return new EmulatorSettings(model, quirks, obdLatency, resetDuration, slowReset, errorRate, seed, newVin,
                absentPids);
    }

    /** A car lacking some of the PIDs the emulated ECUs know (see {@link #absentPids()}). */
    public EmulatorSettings withAbsentPids(Set<Integer> newAbsentPids) {
        return new EmulatorSettings(model, quirks, obdLatency, resetDuration, slowReset, errorRate, seed, vin,
                newAbsentPids);
    }

    public boolean has(CloneQuirk quirk) {
        return quirks.contains(quirk);
    }
}
