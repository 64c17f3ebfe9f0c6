package com.kcspeedshop.health.reference;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.HealthOutputs;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.VehicleHealthState;
import com.kcspeedshop.health.evaluation.RecordedTrips;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rough in-memory throughput check of {@link VehicleHealthEngine#onReading} over every real trip (no I/O), with a
 * baseline measured in the same run: a plain loop touching the same readings. Not JMH: figures vary a few-fold on a
 * shared machine; read the later rounds (after JIT warm-up). Run {@code main} from the module directory.
 */
public final class EngineBench {

    private EngineBench() {
    }

    public static void main(String[] args) throws IOException {
        if (!TripEvaluation.tripsPresent()) {
            System.err.println("real trips not found under " + TripEvaluation.TRIPS.toAbsolutePath());
            System.exit(2);
        }
        List<List<ObdReading>> trips = new ArrayList<>();
        long readings = 0;
        for (RecordedTrips.Trip trip : RecordedTrips.load(TripEvaluation.TRIPS)) {
            trips.add(trip.readings());
            readings += trip.readings().size();
        }
        VehicleHealthEngine engine = VehicleHealthEngine.defaults();
        CountingOutputs out = new CountingOutputs();
        for (int round = 1; round <= 6; round++) {
            long t0 = System.nanoTime();
            double checksum = 0;
            for (List<ObdReading> trip : trips) {
                for (ObdReading r : trip) {
                    checksum += r.value() + r.capturedAt().toEpochMilli();
                }
            }
            long t1 = System.nanoTime();
            for (List<ObdReading> trip : trips) {
                VehicleHealthState state = new VehicleHealthState();
                for (ObdReading r : trip) {
                    engine.onReading(state, r, out);
                }
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d: %,d readings | baseline loop %.1f M/s | engine %.2f M readings/s"
                    + " | %,d outputs (checksum %s)%n", round, readings, readings / ((t1 - t0) / 1e9) / 1e6,
                    readings / ((t2 - t1) / 1e9) / 1e6, out.count, checksum > 0);
            out.count = 0;
        }
    }

    private static final class CountingOutputs implements HealthOutputs {
        long count;

        @Override
        public void score(HealthScore score) {
            count++;
        }

        @Override
        public void anomaly(Anomaly anomaly) {
            count++;
        }

        @Override
        public void alert(Alert alert) {
            count++;
        }
    }
}
