package com.kcspeedshop.platform.health;

import com.kcspeedshop.events.Vin;
import com.kcspeedshop.platform.identity.Caller;
import com.kcspeedshop.platform.vehicle.VehicleAccess;
import com.kcspeedshop.platform.vehicle.VehicleAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A vehicle's health: the latest score per subsystem with its explanation, and the history for charts. */
@RestController
class HealthController {

    private final HealthQueries queries;
    private final VehicleAccess access;

    HealthController(HealthQueries queries, VehicleAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/api/vehicles/{vin}/health")
    List<SubsystemScore> latest(@PathVariable String vin, Caller caller) {
        access.require(caller, valid(vin), VehicleAction.READ_SIGNALS);
        return queries.latest(vin);
    }

    /** Defaults: the overall score over the last 24 hours, at most 500 points. */
    @GetMapping("/api/vehicles/{vin}/health/history")
    List<SubsystemScore> history(@PathVariable String vin,
                                 @RequestParam(defaultValue = "overall") String subsystem,
                                 @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                 @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                 @RequestParam(defaultValue = "500") int max, Caller caller) {
        access.require(caller, valid(vin), VehicleAction.READ_SIGNALS);
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(Duration.ofHours(24)) : from;
        if (!end.isAfter(start) || max < 1 || max > 5000) {
            throw bad("from must be before to, and max within 1..5000");
        }
        return queries.history(vin, subsystem, start, end, max);
    }

    private static String valid(String vin) {
        if (!Vin.isWellFormed(vin)) {
            throw bad("VIN must be 17 characters of A-Z (except I, O and Q) and 0-9");
        }
        return vin;
    }

    private static ErrorResponseException bad(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
