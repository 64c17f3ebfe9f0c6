package com.kcspeedshop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web app's files over plain HTTP, without logging in: the page, its modules, the manifest and service worker. */
class WebPageIT extends PlatformApiIntegrationTest {

    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z-]+\\.js)'");
    private static final Pattern SHELL = Pattern.compile("const SHELL = \\[([^\\]]+)\\]");

    @Test
    void shouldServePageThatLoadsScriptsStylesAndManifest() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\"></script>")
                .contains("<script src=\"auth.js\"></script>")
                .contains("<link rel=\"stylesheet\" href=\"app.css\">")
                .contains("<link rel=\"manifest\" href=\"manifest.webmanifest\">")
                .contains("id=\"connection\"");
        assertThat(get("/app.css").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeEveryModuleTheAppImportsAsJavascriptWithoutLogin() throws Exception {
        List<String> pending = new ArrayList<>(List.of("app.js"));
        List<String> seen = new ArrayList<>();
        while (!pending.isEmpty()) {
            String file = pending.remove(0);
            if (seen.contains(file)) {
                continue;
            }
            seen.add(file);
            HttpResponse<String> script = get("/" + file);
            assertThat(script.statusCode()).as(file).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).as(file)
                    .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
            Matcher imports = IMPORT.matcher(script.body());
            while (imports.find()) {
                pending.add(imports.group(1));
            }
        }
        assertThat(seen).contains("fleet.js", "vehicle.js", "alerts.js", "booking.js", "calendar.js", "terminal.js",
                "settings.js", "live.js", "api.js");
        assertThat(get("/live.js").body()).contains("'ws/signals'");
        assertThat(get("/fleet.js").body()).contains("'api/vehicles'").contains("/signals/latest");
    }

    @Test
    void shouldServeLoginScriptThatUsesPkceAndTheAuthConfig() throws Exception {
        HttpResponse<String> script = get("/auth.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("'auth-config'").contains("code_challenge_method: 'S256'")
                .contains("access_token");
        assertThat(get("/auth-config").statusCode()).as("public: the page needs it before login").isEqualTo(200);
        HttpResponse<String> loginStyles = get("/default-ui.css");
        assertThat(loginStyles.statusCode()).as("the login form's stylesheet").isEqualTo(200);
        assertThat(loginStyles.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void shouldServeAnInstallableManifestWithItsIcons() throws Exception {
        HttpResponse<String> manifest = get("/manifest.webmanifest");

        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/manifest+json"));
        JsonNode json = JsonMapper.builder().build().readTree(manifest.body());
        assertThat(json.get("name").asString()).isEqualTo("KC Speedshop");
        assertThat(json.get("display").asString()).isEqualTo("standalone");
        assertThat(json.get("start_url").asString()).isNotBlank();
        List<String> sizes = new ArrayList<>();
        for (JsonNode icon : json.get("icons")) {
            HttpResponse<String> file = get("/" + icon.get("src").asString());
            assertThat(file.statusCode()).as(icon.get("src").asString()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue(icon.get("type").asString());
            sizes.add(icon.get("sizes").asString());
        }
        // what Chrome asks of an installable app
        assertThat(sizes).contains("192x192", "512x512");
    }

    @Test
    void shouldServeTheServiceWorkerUncachedWithEveryShellFileItPrecaches() throws Exception {
        HttpResponse<String> worker = get("/sw.js");

        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(worker.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-cache"));
        assertThat(worker.body()).contains("addEventListener('push'").contains("showNotification")
                .contains("addEventListener('notificationclick'").contains("openWindow");
        Matcher shell = SHELL.matcher(worker.body());
        assertThat(shell.find()).isTrue();
        // cache.addAll fails the whole install on a single missing file
        for (String entry : shell.group(1).split(",")) {
            String file = entry.strip().replace("'", "");
            assertThat(get("/" + file.replaceFirst("^\\./", "")).statusCode()).as(file).isEqualTo(200);
        }
        assertThat(get("/app.js").body()).as("the page registers it").contains("serviceWorker.register('sw.js')");
    }
}
