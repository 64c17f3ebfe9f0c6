package com.kcspeedshop.platform.identity;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, which workshops exist, and how the web page logs in. */
@RestController
class IdentityController {

    private final IdentityProperties properties;
    private final JdbcClient jdbc;

    IdentityController(IdentityProperties properties, JdbcClient jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Operation(summary = "The caller as the access token describes them")
    @GetMapping("/api/me")
    Me me(Caller caller) {
        return new Me(caller.subject(), caller.roles().stream().map(Enum::name).sorted().toList(),
                caller.workshopId().map(UUID::toString).orElse(null));
    }

    @Operation(summary = "Every workshop (tenant), for owners choosing whom to authorise")
    @GetMapping("/api/workshops")
    List<Workshop> workshops() {
        return jdbc.sql("SELECT id, name FROM workshop ORDER BY name")
                .query((rs, row) -> new Workshop(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** Public: where the page sends the browser to log in (authorization code + PKCE). */
    @Operation(summary = "Login settings for the web page (public)")
    @GetMapping("/auth-config")
    Map<String, String> authConfig() {
        IdentityProperties.Web web = properties.web();
        boolean embedded = properties.embeddedIssuer().enabled();
        return Map.of(
                "clientId", web.clientId(),
                "authorizationEndpoint", embedded || web.authorizationUri().isBlank()
                        ? "oauth2/authorize" : web.authorizationUri(),
                "tokenEndpoint", embedded || web.tokenUri().isBlank() ? "oauth2/token" : web.tokenUri(),
                "scope", web.scope());
    }

    record Me(String subject, List<String> roles, String workshopId) {
    }

    record Workshop(UUID id, String name) {
    }
}
