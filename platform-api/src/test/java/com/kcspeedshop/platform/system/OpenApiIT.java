package com.kcspeedshop.platform.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiIT extends PlatformApiIntegrationTest {

    @Test
    void shouldServeOpenApiDocumentWithEveryRouteAndTheBearerScheme() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JsonMapper.builder().build().readTree(response.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").propertyNames()).contains("/api/vehicles", "/api/vehicles/{vin}",
                "/api/vehicles/{vin}/signals/latest", "/api/vehicles/{vin}/odometer",
                "/api/vehicles/{vin}/workshops/{workshopId}", "/api/vins/{vin}", "/api/me");
        assertThat(doc.get("components").get("securitySchemes").get("bearer-jwt").get("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void shouldServeSwaggerUi() throws Exception {
        HttpResponse<String> index = get("/swagger-ui/index.html");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("swagger-ui");
    }
}
