package com.kcspeedshop.health.fault;

import com.kcspeedshop.events.ObdReading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic fault injection into a trip's reading sequence, shared by the evaluation here and by model training.
 * Readings before the onset, and readings of signals the fault does not touch, pass through unchanged; the output has
 * the same length and order as the input. Randomness (misfire only) comes from a {@link SplittableRandom} seeded by the
 * spec, so results are reproducible.
 */
public final class FaultInjector {

    private FaultInjector() {
    }

    /** Whether {@code trip} carries every signal {@code type} needs; a fault is "not applicable" to a trip that does not. */
    public static boolean applicable(FaultType type, List<ObdReading> trip) {
        Set<String> present = new HashSet<>();
        for (ObdReading r : trip) {
            present.add(r.signal());
        }
        return present.containsAll(type.requiredSignals());
    }

    /**
     * The trip with the fault injected.
     *
     * @throws IllegalArgumentException if the fault is not applicable to the trip (lacks its signals)
     */
    public static List<ObdReading> inject(List<ObdReading> trip, FaultSpec spec) {
        if (!applicable(spec.type(), trip)) {
            throw new IllegalArgumentException(spec.type() + " needs " + spec.type().requiredSignals()
                    + ", which this trip does not carry: not applicable");
        }
        Model model = switch (spec.type()) {
            case COOLANT_SENSOR_DRIFT -> new Models.CoolantDrift(spec);
            case THERMOSTAT_STUCK_OPEN -> new Models.StuckThermostat(spec);
            case VACUUM_LEAK -> new Models.VacuumLeak(spec);
            case FAILING_ALTERNATOR -> new Models.FailingAlternator(spec);
            case MISFIRE -> new Models.Misfire(spec);
        };
        long onset = spec.onset().toEpochMilli();
        List<ObdReading> out = new ArrayList<>(trip.size());
        for (ObdReading r : trip) {
            long t = r.capturedAt().toEpochMilli();
            model.observe(r);
            if (t < onset) {
                out.add(r);
                continue;
            }
            double v = model.apply(r, (t - onset) / 1000.0);
            out.add(v == r.value() ? r : new ObdReading(r.vin(), r.signal(), v, r.unit(), r.capturedAt(), r.source(),
                    r.sequence(), r.ecu()));
        }
        return out;
    }

    /** One fault's effect, fed every reading in order (to know the operating state) and asked for faulted values. */
    interface Model {
        /** Sees every reading, before and after onset, before {@link #apply}. */
        void observe(ObdReading r);

        /** The value {@code r} reads with the fault, {@code sinceOnset} seconds after onset. */
        double apply(ObdReading r, double sinceOnset);
    }

    static SplittableRandom random(long seed) {
        return new SplittableRandom(seed);
    }
}
