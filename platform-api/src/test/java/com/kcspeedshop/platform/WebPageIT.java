package com.kcspeedshop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class WebPageIT extends PlatformApiIntegrationTest {

    @Test
    void shouldServePageThatLoadsScriptAndStyles() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script src=\"app.js\"></script>")
                .contains("<link rel=\"stylesheet\" href=\"app.css\">")
                .contains("id=\"connection\"");
    }

    @Test
    void shouldServeScriptThatUsesTheApiAndTheSocket() throws Exception {
        HttpResponse<String> script = get("/app.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(script.body()).contains("'api/vehicles'").contains("'ws/signals'").contains("/signals/latest");
        assertThat(get("/app.css").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeLoginScriptThatUsesPkceAndTheAuthConfig() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/auth.js");

        assertThat(page.body()).contains("<script src=\"auth.js\"></script>");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("'auth-config'").contains("code_challenge_method: 'S256'")
                .contains("access_token");
        assertThat(get("/auth-config").statusCode()).as("public: the page needs it before login").isEqualTo(200);
    }
}
