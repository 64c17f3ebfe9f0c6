package com.kcspeedshop.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.issuer.DemoUsers;
import com.kcspeedshop.platform.identity.issuer.DemoUsers.DemoUser;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web page's login against the embedded issuer, done over real HTTP, for every seeded demo account. */
class EmbeddedLoginIT extends PlatformApiIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    static Stream<DemoUser> demoUsers() {
        return DemoUsers.USERS.stream();
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void shouldLogInEachDemoUserWithPkceAndGetATokenWithTheirRoleAndWorkshop(DemoUser user) throws Exception {
        String token = BrowserLogin.accessToken(base(), user.username(), user.password());

        HttpResponse<String> me = get("/api/me", token);

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(me.body());
        assertThat(body.get("subject").asString()).isEqualTo(user.username());
        assertThat(body.get("roles").get(0).asString()).isEqualTo(user.role().name());
        if (user.workshop() == null) {
            assertThat(body.get("workshopId").isNull()).isTrue();
        } else {
            assertThat(body.get("workshopId").asString()).isEqualTo(user.workshop().toString());
        }
    }

    @Test
    void shouldRefuseWrongPassword() {
        assertThatThrownBy(() -> BrowserLogin.accessToken(base(), "owner", "not-the-password"))
                .isInstanceOf(BrowserLogin.LoginFailed.class).hasMessageContaining("wrong username or password");
    }

    @Test
    void shouldRefuseAuthorizationRequestWithoutPkce() {
        // the web client is public: without a code challenge the issuer must not hand out a code
        assertThatThrownBy(() -> new BrowserLogin(base()).login("owner", "owner-demo", false))
                .isInstanceOf(BrowserLogin.LoginFailed.class);
    }

    @Test
    void shouldRefuseForgedTokenAndExpiredTokenWithProblemDetails() throws Exception {
        String valid = operatorToken();
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA";

        for (HttpResponse<String> response : new HttpResponse[] {get("/api/me", forged), get("/api/me")}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    h -> assertThat(h).startsWith("Bearer"));
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void shouldPublishLoginSettingsAndOpenIdDiscoveryForThePage() throws Exception {
        JsonNode config = json.readTree(get("/auth-config").body());
        assertThat(config.get("clientId").asString()).isEqualTo(BrowserLogin.CLIENT_ID);
        assertThat(config.get("authorizationEndpoint").asString()).isEqualTo("oauth2/authorize");

        HttpResponse<String> discovery = get("/.well-known/openid-configuration");
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(json.readTree(discovery.body()).get("jwks_uri").asString()).endsWith("/oauth2/jwks");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
