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

    /** 400: a North American VIN whose check digit (position 9) does not match the rest. */
    static final class WrongCheckDigit extends ErrorResponseException {

        WrongCheckDigit(String vin, char expected) {
            super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "Invalid VIN",
                    "VIN " + vin + " fails its check digit: position 9 is '" + vin.charAt(8) + "', the other characters "
                            + "give '" + expected + "' (49 CFR 565.15); check for a typo", vin), null);
        }
    }

    /** 404: a VIN the caller may not see is reported exactly like one that does not exist (no existence leak). */
    static final class NotVisible extends ErrorResponseException {

        NotVisible(String vin) {
            super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "Unknown vehicle",
                    "No vehicle with VIN " + vin + " that you may see", vin), null);
        }
    }

    /** 403: the caller sees the vehicle but their role may not do this to it. */
    static final class NotAllowed extends ErrorResponseException {

        NotAllowed(String vin, String action) {
            super(HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN, "Forbidden",
                    "You may see vehicle " + vin + " but not " + action + " it", vin), null);
        }
    }

    /** 409: somebody registered this VIN already. */
    static final class AlreadyRegistered extends ErrorResponseException {

        AlreadyRegistered(String vin) {
            super(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "Vehicle already registered",
                    "VIN " + vin + " is already registered; a change of owner is not supported yet", vin), null);
        }
    }

    /** 409: an odometer reading below the current one. */
    static final class OdometerBackwards extends ErrorResponseException {

        OdometerBackwards(String vin, long current, long requested) {
            super(HttpStatus.CONFLICT, odometer(vin, current, requested), null);
        }

        private static ProblemDetail odometer(String vin, long current, long requested) {
            ProblemDetail problem = problem(HttpStatus.CONFLICT, "Odometer cannot go backwards",
                    "Vehicle " + vin + " already shows " + current + " km; " + requested + " km would be a decrease",
                    vin);
            problem.setProperty("currentKm", current);
            problem.setProperty("requestedKm", requested);
            return problem;
        }
    }

    /** 404: no workshop has this id. */
    static final class UnknownWorkshop extends ErrorResponseException {

        UnknownWorkshop(String vin, java.util.UUID workshop) {
            super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "Unknown workshop",
                    "No workshop with id " + workshop, vin), null);
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
