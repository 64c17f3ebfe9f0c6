package com.kcspeedshop.platform.booking;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The client errors of booking; Spring MVC renders each as an RFC 7807 problem detail. */
public final class BookingProblems {

    private BookingProblems() {
    }

    /** 409: someone else holds or booked the bay or the technician for an overlapping time. */
    public static final class SlotTaken extends ErrorResponseException {
        SlotTaken(String what) {
            super(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "Slot taken",
                    "The " + what + " was booked by someone else for an overlapping time; search availability again"),
                    null);
        }
    }

    /** 409: the booking is in a state that does not allow this (confirming an expired hold, ...). */
    public static final class WrongState extends ErrorResponseException {
        WrongState(UUID id, BookingStatus status, String action) {
            super(HttpStatus.CONFLICT, withId(problem(HttpStatus.CONFLICT, "Cannot " + action,
                    "Booking " + id + " is " + status + "; it cannot be " + action + "ed"), id), null);
        }
    }

    /** 422: the same idempotency key was sent before with a different request. */
    public static final class IdempotencyKeyReused extends ErrorResponseException {
        IdempotencyKeyReused(String key) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
                    "Idempotency key '" + key + "' was used before for a different booking request"), null);
        }
    }

    /** 404: no such booking, workshop, bay, technician or service (or not one the caller may see). */
    public static final class NotFound extends ErrorResponseException {
        NotFound(String what) {
            super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "Not found", what + " not found"), null);
        }
    }

    /** 403: the caller may see this but not do it. */
    public static final class Forbidden extends ErrorResponseException {
        Forbidden(String detail) {
            super(HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN, "Forbidden", detail), null);
        }
    }

    /** 400: the request cannot be booked as asked (outside opening hours, wrong bay for the service, ...). */
    public static final class Unbookable extends ErrorResponseException {
        Unbookable(String detail) {
            super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "Cannot book this", detail), null);
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail withId(ProblemDetail problem, UUID id) {
        problem.setProperty("bookingId", id.toString());
        return problem;
    }
}
