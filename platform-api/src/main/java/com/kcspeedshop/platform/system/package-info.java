/**
 * Cross-cutting plumbing of the platform API: the start-up check of the connection settings and the mapping of errors
 * to RFC 7807 problem details.
 *
 * <p>Invariant: every error the API returns is an {@code application/problem+json} body with a human-readable
 * {@code detail}; nothing here knows about vehicles or signals.
 */
package com.kcspeedshop.platform.system;
