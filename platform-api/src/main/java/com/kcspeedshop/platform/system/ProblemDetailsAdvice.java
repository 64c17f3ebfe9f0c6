package com.kcspeedshop.platform.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into an RFC 7807 problem detail.
 *
 * <p>The base class already renders Spring MVC's own exceptions and every {@code ErrorResponseException} (the
 * capabilities throw those for 400 and 404). This adds the infrastructure failures a caller can do nothing about, with
 * a detail that names the cause but leaks no SQL or stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseUnavailable(DataAccessException e) {
        LOG.warn("database access failed while serving a request", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The vehicle database could not be read; try again shortly.");
        problem.setTitle("Database unavailable");
        return problem;
    }
}
