package com.kcspeedshop.health.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.evaluation.RecordedTrips;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The acceptance figures on the real trips (an IT because it replays ~24 h of driving six times, ~20 s):
 * at most 1 alert per 10 driving hours on the untouched trips, and at least 90 % of applicable (trip, fault) pairs
 * detected within 2 minutes of the onset.
 */
class TripEvaluationIT {

    @Test
    void shouldMeetTheFalseAlarmAndDetectionGoalsOnTheRealTrips() throws IOException {
        assumeTrue(TripEvaluation.tripsPresent(),
                "real trips not present under " + TripEvaluation.TRIPS.toAbsolutePath());
        TripEvaluation.Result result = new TripEvaluation(VehicleHealthEngine.defaults())
                .run(RecordedTrips.load(TripEvaluation.TRIPS));
        TripEvaluation.print(result, System.out);
        assertThat(result.hours()).as("driving hours evaluated").isGreaterThan(20);
        assertThat(result.falseAlarmsPer10h()).as("alerts per 10 h on the untouched trips: %s", result.falseAlarms())
                .isLessThanOrEqualTo(1.0);
        assertThat(result.applicable()).isGreaterThan(100);
        assertThat((double) result.detected() / result.applicable()).as("detection rate").isGreaterThanOrEqualTo(0.9);
    }
}
