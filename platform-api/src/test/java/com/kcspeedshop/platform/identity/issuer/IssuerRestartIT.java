package com.kcspeedshop.platform.identity.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.platform.PlatformApiApplication;
import com.kcspeedshop.platform.RealInfrastructure;
import com.kcspeedshop.platform.identity.BrowserLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A user who logged in keeps working across a restart of the application: the signing key is in PostgreSQL. */
class IssuerRestartIT {

    @Test
    void aTokenFromTheLoginBeforeARestartIsAcceptedAfterIt() throws Exception {
        String database = SharedInfrastructure.postgres().createDatabase("issuer_restart_it");
        String token;
        try (ConfigurableApplicationContext before = start(database)) {
            token = BrowserLogin.accessToken(base(before), "owner", "owner-demo");
            assertThat(me(before, token).statusCode()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext after = start(database)) {
            HttpResponse<String> me = me(after, token);

            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(me.body()).contains("\"subject\":\"owner\"");
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return PlatformApiApplication.start(Map.of(
                "spring.datasource.url", database,
                "spring.datasource.username", RealInfrastructure.databaseUser(),
                "spring.kafka.bootstrap-servers", RealInfrastructure.bootstrapServers(),
                "kcspeedshop.live.group-id", "platform-api-issuer-restart-it",
                "server.port", 0));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + PlatformApiApplication.localPort(context);
    }

    private static HttpResponse<String> me(ConfigurableApplicationContext context, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base(context) + "/api/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
