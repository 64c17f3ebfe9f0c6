package com.kcspeedshop.local;

import java.time.Duration;
import java.util.Locale;

/** What the launcher prints once everything is up: where to go and what runs where. */
final class Banner {

    private Banner() {
    }

    static String render(LocalStack stack, Duration startup) {
        LocalStackSettings s = stack.settings();
        String base = "localhost:" + stack.httpPort();
        StringBuilder b = new StringBuilder();
        b.append('\n').append(String.format(Locale.ROOT, "KC Speedshop is running (started in %.1f s)%n",
                startup.toMillis() / 1000.0));
        line(b, "Web app", "http://" + base + "/");
        // DEMO accounts seeded by the embedded issuer (README, "Demo users"); the operator sees every simulated car
        line(b, "Demo login", "operator / operator-demo (every car); owner, technician, admin, scientist: see README");
        line(b, "REST", "http://" + base + "/api/vehicles (OpenAPI: http://" + base + "/swagger-ui.html)");
        line(b, "WebSocket", "ws://" + base + "/ws/signals");
        line(b, "Kafka", stack.kafkaBootstrapServers() + (s.externalKafka().isPresent() ? " (external)" : " (embedded)"));
        line(b, "PostgreSQL", stack.jdbcUrl() + (s.externalJdbcUrl().isPresent() ? " (external)" : " (embedded)"));
        line(b, "Flink", stack.flinkDescription());
        line(b, "Simulator", s.vehicles() == 0 ? "off" : s.vehicles() + " cars, e.g. " + String.join(", ",
                stack.vins().subList(0, Math.min(3, stack.vins().size()))));
        line(b, "Data", s.dataDir().toAbsolutePath().normalize().toString());
        b.append("Live values appear within about 15 s (10 s windows). Press Ctrl-C to stop.\n");
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "  %-11s %s%n", label, value));
    }
}
