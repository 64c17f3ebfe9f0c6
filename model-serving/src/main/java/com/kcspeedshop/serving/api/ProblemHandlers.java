package com.kcspeedshop.serving.api;

import com.kcspeedshop.serving.scorer.InvalidInputException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 7807 problem details for every error: unknown model 404; rows a model cannot score (wrong feature count, NaN,
 * infinite) 422, because the JSON itself was fine; a body without rows 400. Spring's own handlers (malformed JSON,
 * wrong method) answer in the same format.
 */
@RestControllerAdvice
class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final String TYPE = "https://kcspeedshop.example/problems/";

    @ExceptionHandler(UnknownModelException.class)
    ProblemDetail unknownModel(UnknownModelException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-model", "Unknown model", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail p = switch (e.reason()) {
            case MISSING -> problem(HttpStatus.BAD_REQUEST, "missing-rows", "No feature rows", e.getMessage());
            case FEATURE_COUNT -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "feature-count", "Wrong feature count",
                    e.getMessage());
            case NOT_FINITE -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-finite", "Feature is not a finite number",
                    e.getMessage());
        };
        p.setProperty("reason", e.reason().name());
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE + type));
        p.setTitle(title);
        return p;
    }
}
