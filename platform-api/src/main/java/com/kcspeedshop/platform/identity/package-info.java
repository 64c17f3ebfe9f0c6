/**
 * Identity and access: the API is an OAuth2 resource server that accepts JWTs from one issuer, the embedded one
 * ({@code identity.issuer}, Spring Authorization Server with demo accounts) or any OIDC issuer by configuration.
 *
 * <p>Invariants: every {@code /api/**} and {@code /ws/**} request is authenticated; a {@link
 * com.kcspeedshop.platform.identity.Caller} (subject, roles, workshop) is the only thing access decisions look at;
 * 401 and 403 are RFC 7807 problem details. Workshops are the tenants: staff belong to exactly one. A verified token
 * is remembered by its string only until it expires (and at most the token cache's max-age).
 */
package com.kcspeedshop.platform.identity;
