package com.kcspeedshop.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * The platform API: vehicles and their latest signal windows over REST, live windows over a WebSocket, and the web page.
 *
 * <p>Needs {@code spring.datasource.url} (PostgreSQL; Flyway migrates it on start) and
 * {@code spring.kafka.bootstrap-servers}; it refuses to start without them. {@code server.port} picks the HTTP port
 * (Spring Boot's default 8080; {@code 0} for a free one, then read it with {@link #localPort}).
 */
// Boot's authorization-server auto-configuration would make its own key and decoder even when an external issuer is
// configured; identity.issuer wires the embedded issuer explicitly and only when it is enabled.
@SpringBootApplication(exclude = {OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
public class PlatformApiApplication {

    /** Name of the property source that holds the properties a launcher passes to {@link #start(Map)}. */
    public static final String LAUNCHER_PROPERTY_SOURCE = "platformApiLauncher";

    /** Runs the API as its own process; properties come from arguments, the environment and application.yml. */
    public static void main(String[] args) {
        SpringApplication.run(PlatformApiApplication.class, args);
    }

    /**
     * Starts the API in the caller's JVM, for a launcher that already runs PostgreSQL and Kafka.
     *
     * <p>{@code properties} take precedence over everything else (environment variables, system properties,
     * application.yml), so a launcher's database URL always wins. Typical keys: {@code spring.datasource.url},
     * {@code spring.datasource.username}, {@code spring.datasource.password}, {@code spring.kafka.bootstrap-servers},
     * {@code server.port} and {@code kcspeedshop.live.group-id}. The caller closes the returned context to stop it.
     */
    public static ConfigurableApplicationContext start(Map<String, ?> properties) {
        Objects.requireNonNull(properties, "properties");
        StandardServletEnvironment environment = new StandardServletEnvironment();
        environment.getPropertySources()
                .addFirst(new MapPropertySource(LAUNCHER_PROPERTY_SOURCE, new LinkedHashMap<String, Object>(properties)));
        return new SpringApplicationBuilder(PlatformApiApplication.class).environment(environment).run();
    }

    /** The HTTP port the started API listens on; useful after {@code server.port=0}. */
    public static int localPort(ConfigurableApplicationContext context) {
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("the platform API context has no running web server");
        }
        return port;
    }
}
