package com.kcspeedshop.platform.identity.issuer;

import com.kcspeedshop.platform.identity.IdentityProperties;
import java.util.List;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the account's role and workshop into each access token, under the claim names the resource server reads
 * ({@code kcspeedshop.identity.roles-claim} and {@code workshop-claim}), so the API never looks up accounts itself and
 * an external issuer can play the same part.
 */
final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final AccountDetailsService accounts;
    private final IdentityProperties properties;

    AccessTokenClaims(AccountDetailsService accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        accounts.account(context.getPrincipal().getName()).ifPresent(account -> {
            context.getClaims().claim(properties.rolesClaim(), List.of(account.role()));
            account.workshopId().ifPresent(w -> context.getClaims().claim(properties.workshopClaim(), w.toString()));
        });
    }
}
