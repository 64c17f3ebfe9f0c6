package com.kcspeedshop.platform.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a {@link Caller} from a validated JWT, with the claim names of {@link IdentityProperties}, so any OIDC issuer
 * that can put roles and a workshop id into its access tokens works (Keycloak: {@code realm_access.roles}).
 *
 * <p>Unknown role names are ignored rather than refused: an issuer shared with other applications carries their roles
 * too. A workshop claim that is not a UUID is ignored the same way, which leaves such staff without a workshop.
 */
public final class CallerResolver implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String workshopClaim;

    public CallerResolver(String rolesClaim, String workshopClaim) {
        this.rolesClaim = rolesClaim;
        this.workshopClaim = workshopClaim;
    }

    /** The caller behind an authentication that this application's resource server produced. */
    public Caller caller(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("not authenticated with a JWT: " + authentication);
        }
        return caller(token.getToken());
    }

    public Caller caller(Jwt jwt) {
        return new Caller(jwt.getSubject(), roles(jwt.getClaims()), workshop(jwt.getClaims()));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = roles(jwt.getClaims());
        return new JwtAuthenticationToken(jwt,
                roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(), jwt.getSubject());
    }

    Set<Role> roles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim(claims, rolesClaim) instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : Role.values()) {
                    if (role.name().equalsIgnoreCase(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    Optional<UUID> workshop(Map<String, Object> claims) {
        Object value = claim(claims, workshopClaim);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // a dotted name walks nested objects: "realm_access.roles"
    private static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
