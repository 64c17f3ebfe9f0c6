package com.kcspeedshop.platform.maintenance;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The client errors of maintenance, as RFC 7807 problem details. */
final class MaintenanceProblems {

    private MaintenanceProblems() {
    }

    /** 404: no such schedule on this vehicle. */
    static final class UnknownSchedule extends ErrorResponseException {
        UnknownSchedule(UUID id) {
            super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "Unknown schedule",
                    "This vehicle has no maintenance schedule " + id), null);
        }
    }

    /** 400: a schedule or record that cannot be right. */
    static final class Invalid extends ErrorResponseException {
        Invalid(String detail) {
            super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "Invalid maintenance request", detail),
                    null);
        }
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
