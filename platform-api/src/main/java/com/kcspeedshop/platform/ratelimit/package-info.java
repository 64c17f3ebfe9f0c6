/**
 * Per-user rate limits: a token bucket per JWT subject in PostgreSQL (Bucket4j), shared by every API instance on the
 * same database. Refusals are 429 problem details with {@code Retry-After}.
 */
package com.kcspeedshop.platform.ratelimit;
