/**
 * The embedded OIDC issuer of the default install (Spring Authorization Server, part of Spring Security 7): the login
 * form over the {@code account} table, the web page's public PKCE client, the signing keys (in PostgreSQL, rotated
 * by age; {@link com.kcspeedshop.platform.identity.issuer.SigningKeys}), and the DEMO accounts.
 * Switched off as a whole when an external issuer is configured.
 */
package com.kcspeedshop.platform.identity.issuer;
