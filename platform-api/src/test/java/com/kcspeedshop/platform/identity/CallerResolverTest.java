package com.kcspeedshop.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerResolverTest {

    private static final UUID WORKSHOP = UUID.fromString("11111111-2222-3333-4444-555555555555");

    @Test
    void shouldReadRolesAndWorkshopFromConfiguredClaims() {
        CallerResolver resolver = new CallerResolver("roles", "workshop_id");
        Jwt jwt = jwt(Map.of("roles", List.of("technician", "SOMETHING_ELSE"), "workshop_id", WORKSHOP.toString()));

        Caller caller = resolver.caller(jwt);

        assertThat(caller.subject()).isEqualTo("alice");
        assertThat(caller.roles()).containsExactly(Role.TECHNICIAN);
        assertThat(caller.staffWorkshop()).hasValue(WORKSHOP);
        assertThat(resolver.convert(jwt).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_TECHNICIAN");
    }

    @Test
    void shouldReadNestedKeycloakStyleRoles() {
        CallerResolver resolver = new CallerResolver("realm_access.roles", "tenant");
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("OPERATOR", "offline_access"))));

        Caller caller = resolver.caller(jwt);

        assertThat(caller.roles()).containsExactly(Role.OPERATOR);
        assertThat(caller.fleetWide()).isTrue();
        assertThat(caller.workshopId()).isEmpty();
    }

    @Test
    void shouldIgnoreWorkshopThatIsNotAUuidAndWorkshopOfNonStaff() {
        CallerResolver resolver = new CallerResolver("roles", "workshop_id");

        assertThat(resolver.caller(jwt(Map.of("roles", List.of("TECHNICIAN"), "workshop_id", "north")))
                .staffWorkshop()).isEmpty();
        assertThat(resolver.caller(jwt(Map.of("roles", List.of("VEHICLE_OWNER"), "workshop_id",
                WORKSHOP.toString()))).staffWorkshop()).isEmpty();
        assertThat(resolver.caller(jwt(Map.of("roles", "OPERATOR"))).roles()).as("not a list").isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("alice")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
