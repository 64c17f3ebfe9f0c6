package com.kcspeedshop.platform.vehicle;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The client errors of this capability; Spring MVC renders each as an RFC 7807 problem detail with the VIN. */
final class VehicleProblems {

    private VehicleProblems() {
    }

    /** 400: the path holds something that cannot be a VIN. */
    static final class InvalidVin extends ErrorResponseException {

        InvalidVin(String vin) {
            super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "Invalid VIN",
                    "VIN must be 17 characters of A-Z (except I, O and Q) and 0-9, in upper case; got '"
                            + abbreviate(vin) + "'", abbreviate(vin)), null);
        }
    }

    /** 404: a well-formed VIN that no telemetry has mentioned yet. */
    static final class UnknownVehicle extends ErrorResponseException {

        UnknownVehicle(String vin) {
            super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "Unknown vehicle",
                    "No vehicle with VIN " + vin + " has sent telemetry yet", vin), null);
        }
    }

    // the path is client input of any length: echo enough of it to recognise, not all of it
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String vin) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("vin", vin);
        return problem;
    }
}
