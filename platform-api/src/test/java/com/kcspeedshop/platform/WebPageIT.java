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
}
