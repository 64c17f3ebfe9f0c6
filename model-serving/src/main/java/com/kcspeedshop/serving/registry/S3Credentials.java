package com.kcspeedshop.serving.registry;

import java.util.Map;
import java.util.Optional;

/**
 * Access key, secret and optional session token for an S3-compatible store, read from the environment with the
 * names every AWS tool uses ({@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}), so
 * no secret is ever a command-line argument or part of a job graph. {@link #toString} hides the secret.
 */
public record S3Credentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {

    public static final String ACCESS_KEY_ENV = "AWS_ACCESS_KEY_ID";
    public static final String SECRET_KEY_ENV = "AWS_SECRET_ACCESS_KEY";
    public static final String SESSION_TOKEN_ENV = "AWS_SESSION_TOKEN";

    public S3Credentials {
        if (accessKeyId == null || accessKeyId.isBlank() || secretAccessKey == null || secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("an S3 artifact store needs credentials: set " + ACCESS_KEY_ENV
                    + " and " + SECRET_KEY_ENV);
        }
        sessionToken = sessionToken == null ? Optional.empty() : sessionToken.filter(t -> !t.isBlank());
    }

    /** From {@code env} (pass {@code System.getenv()}); fails naming the missing variable. */
    public static S3Credentials fromEnv(Map<String, String> env) {
        return new S3Credentials(env.get(ACCESS_KEY_ENV), env.get(SECRET_KEY_ENV),
                Optional.ofNullable(env.get(SESSION_TOKEN_ENV)));
    }

    @Override
    public String toString() {
        return "S3Credentials[" + accessKeyId + ", secret hidden" + (sessionToken.isPresent() ? ", session" : "")
                + "]";
    }
}
