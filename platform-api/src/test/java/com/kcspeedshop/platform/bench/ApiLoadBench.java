package com.kcspeedshop.platform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.RealInfrastructure;
import com.kcspeedshop.platform.identity.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The load figures of issue 6, measured on loopback against the real application, PostgreSQL and Kafka of the test
 * JVM. Not part of the suite (the name matches neither *Test nor *IT); run it on purpose:
 * <pre>
 * ./mvnw -B -q -pl platform-api -am verify -DskipITs -Dtest=ApiLoadBench -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * It prints figures with a same-run baseline (an unauthenticated page that touches neither the database nor the rate
 * limiter) and asserts only correctness: zero double-bookings, every WebSocket client got every alert.
 */
class ApiLoadBench extends PlatformApiIntegrationTest {

    // 500 users at the production limit (600 a minute each) allow 5,000 requests/s in all, above the goal
    private static final int USERS = 500;
    private static final int WORKERS = 32;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(10);
    private static final int WS_CLIENTS = 1000;
    private static final int BROADCASTS = 20;
    private static final int BAYS = 100;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JwtDecoder jwtDecoder;

    /** The production rate limit, not the test suite's effectively unlimited one: its cost is part of the figure. */
    @DynamicPropertySource
    static void productionRateLimit(DynamicPropertyRegistry registry) {
        registry.add("kcspeedshop.rate-limit.capacity", () -> "600");
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8, named("loadgen-http-"))).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measure() throws Exception {
        List<String> vins = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        seedVehicles(vins, owners);
        List<String> tokens = owners.stream().map(o -> token(o, Role.VEHICLE_OWNER, null)).toList();
        StringBuilder report = new StringBuilder("\n=== platform-api load (loopback, ").append(WORKERS)
                .append(" closed-loop workers, ").append(MEASURE.toSeconds()).append(" s after ")
                .append(WARM_UP.toSeconds()).append(" s warm-up) ===\n");

        Result baseline = closedLoop(i -> HttpRequest.newBuilder(uri("/auth-config")).GET().build());
        report.append(baseline.line("baseline: GET /auth-config (public, no DB, no limiter)"));
        Result reads = closedLoop(i -> HttpRequest.newBuilder(uri("/api/vehicles/" + vins.get(i % USERS) + "/health"))
                .header("Authorization", "Bearer " + tokens.get(i % USERS)).GET().build());
        report.append(reads.line("authenticated reads: GET /api/vehicles/{vin}/health"));
        report.append(String.format(Locale.ROOT, "  reads / baseline throughput: %.2f%n",
                reads.perSecond() / baseline.perSecond()));
        report.append(TokenCheckCost.measure(jwtDecoder, tokens));
        System.out.print(report); // printed now: a later part failing must not lose these figures
        report.setLength(0);

        report.append(bookings(vins, tokens));
        report.append(webSockets(vins.get(0)));
        System.out.println(report);
    }

    private String bookings(List<String> vins, List<String> tokens) throws Exception {
        UUID workshop = jdbc.sql("INSERT INTO workshop (id, name, time_zone) VALUES (gen_random_uuid(),"
                + " 'IT bench workshop', 'UTC') RETURNING id").query(UUID.class).single();
        for (int day = 1; day <= 7; day++) {
            jdbc.sql("INSERT INTO workshop_hours VALUES (:w, :d, '00:00', '23:59')").param("w", workshop)
                    .param("d", day).update();
        }
        long[] bays = new long[BAYS];
        long[] techs = new long[BAYS];
        for (int i = 0; i < BAYS; i++) {
            bays[i] = jdbc.sql("INSERT INTO bay (workshop_id, name, capabilities) VALUES (:w, :n, '{lift}') RETURNING id")
                    .param("w", workshop).param("n", "Bay " + i).query(Long.class).single();
            techs[i] = jdbc.sql("INSERT INTO technician (workshop_id, name, skills) VALUES (:w, :n, '{engine}')"
                    + " RETURNING id").param("w", workshop).param("n", "Tech " + i).query(Long.class).single();
        }
        long service = jdbc.sql("INSERT INTO service_type (workshop_id, code, name, duration_minutes)"
                + " VALUES (:w, 'BENCH', 'Bench job', 30) RETURNING id").param("w", workshop).query(Long.class).single();
        Instant base = LocalDate.now(ZoneOffset.UTC).plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        AtomicLong slot = new AtomicLong();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        Result writes = closedLoop(i -> {
            // every 10th attempt aims at a slot that is already taken, to exercise the conflict path under load
            long n = i % 10 == 0 && slot.get() > 0 ? slot.get() - 1 : slot.getAndIncrement();
            int bay = (int) (n % BAYS);
            // 47 half-hour slots a day: the last one (23:30) would run past the 23:59 closing
            long k = n / BAYS;
            Instant start = base.plus(Duration.ofDays(k / 47)).plus(Duration.ofMinutes(30 * (k % 47)));
            String body = """
                    {"workshopId":"%s","serviceTypeId":%d,"vin":"%s","bayId":%d,"technicianId":%d,"start":"%s"}"""
                    .formatted(workshop, service, vins.get(i % USERS), bays[bay], techs[bay], start);
            return HttpRequest.newBuilder(uri("/api/bookings")).header("Authorization", "Bearer " + tokens.get(i % USERS))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }, status -> {
            if (status == 201) {
                created.incrementAndGet();
            } else if (status == 409) {
                conflicts.incrementAndGet();
            }
        });
        long overlaps = jdbc.sql("""
                        SELECT count(*) FROM booking a JOIN booking b
                          ON a.id < b.id AND a.period && b.period
                         AND (a.bay_id = b.bay_id OR a.technician_id = b.technician_id)
                         WHERE a.status IN ('HELD', 'CONFIRMED') AND b.status IN ('HELD', 'CONFIRMED')""")
                .query(Long.class).single();
        assertThat(overlaps).as("double-bookings").isZero();
        return writes.line("booking writes: POST /api/bookings (holds, 1 in 10 on a taken slot)")
                + String.format(Locale.ROOT, "  created %d, refused as taken (409) %d, double-bookings found: %d%n",
                created.get(), conflicts.get(), overlaps);
    }

    private String webSockets(String vin) throws Exception {
        String operator = operatorToken();
        Map<Integer, List<Long>> arrivals = new ConcurrentHashMap<>();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<WebSocket> sockets = new ArrayList<>();
        HttpClient ws = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < WS_CLIENTS; i++) {
            int client = i;
            arrivals.put(client, java.util.Collections.synchronizedList(new ArrayList<>()));
            opening.add(ws.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port
                    + "/ws/signals?vin=" + vin + "&access_token=" + operator), new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                String message = text.toString();
                                text.setLength(0);
                                int at = message.indexOf("\"alertId\":\"");
                                if (at >= 0) {
                                    String id = message.substring(at + 11, message.indexOf('"', at + 11));
                                    Long sent = sentAt.get(id);
                                    if (sent != null) {
                                        arrivals.get(client).add(System.nanoTime() - sent);
                                    }
                                }
                            }
                            socket.request(1);
                            return null;
                        }
                    }));
        }
        for (CompletableFuture<WebSocket> f : opening) {
            sockets.add(f.get(60, TimeUnit.SECONDS));
        }
        Thread.sleep(1000); // every session registered with the hub
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "1", ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < BROADCASTS; i++) {
                String id = "bench-" + UUID.randomUUID();
                Alert alert = new Alert(id, vin, "overheating", AlertSeverity.WARNING, AlertState.RAISED,
                        Instant.now(), "bench broadcast " + i);
                sentAt.put(id, System.nanoTime());
                producer.send(new ProducerRecord<>(Topics.ALERTS, vin, Events.ALERT.encode(alert)));
                producer.flush();
                Thread.sleep(500);
            }
        }
        Thread.sleep(2000);
        long[] all = arrivals.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        sockets.forEach(WebSocket::abort);
        long expected = (long) WS_CLIENTS * BROADCASTS;
        assertThat(all.length).as("every client got every alert").isEqualTo(expected);
        return String.format(Locale.ROOT, "WebSocket broadcast: %d clients x %d alerts, produce -> received:"
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d of %d delivered)%n",
                WS_CLIENTS, BROADCASTS, ms(pct(all, 50)), ms(pct(all, 95)), ms(pct(all, 99)),
                ms(all[all.length - 1]), all.length, expected);
    }

    private void seedVehicles(List<String> vins, List<String> owners) {
        jdbc.sql("DELETE FROM booking").update();
        jdbc.sql("DELETE FROM workshop WHERE name LIKE 'IT %'").update();
        jdbc.sql("DELETE FROM vehicle_workshop_grant").update();
        jdbc.sql("DELETE FROM vehicle_registration").update();
        Instant now = Instant.now();
        for (int i = 0; i < USERS; i++) {
            String vin = String.format("BENCH%012d", i);
            String owner = "bench-owner-" + i;
            vins.add(vin);
            owners.add(owner);
            jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, :owner)")
                    .param("vin", vin).param("owner", owner).update();
            for (String subsystem : List.of("overall", "cooling", "charging", "fuel_air", "ignition", "emissions")) {
                jdbc.sql("""
                                INSERT INTO health_score (vin, subsystem, computed_at, score, contributions)
                                VALUES (:vin, :s, :at, 90, '[]') ON CONFLICT DO NOTHING""")
                        .param("vin", vin).param("s", subsystem).param("at", OffsetDateTime.ofInstant(now,
                                ZoneOffset.UTC)).update();
            }
        }
    }

    private record Result(long requests, long errors, double seconds, long[] latenciesNanos, String cpu) {
        double perSecond() {
            return requests / seconds;
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-62s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests,"
                            + " %d non-2xx)%n", what, perSecond(), ms(pct(latenciesNanos, 50)),
                    ms(pct(latenciesNanos, 99)), requests, errors) + cpu;
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private Result closedLoop(IntFunction<HttpRequest> request) throws Exception {
        return closedLoop(request, status -> { });
    }

    /** {@link #WORKERS} threads, each sending the next request as soon as the last one answered. */
    private Result closedLoop(IntFunction<HttpRequest> request, java.util.function.IntConsumer statuses)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, named("loadgen-worker-"));
        CpuAccount cpu = new CpuAccount(jdbc);
        AtomicInteger sequence = new AtomicInteger();
        long warmEnd = System.nanoTime() + WARM_UP.toNanos();
        long end = warmEnd + MEASURE.toNanos();
        List<long[]> perWorker = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            long[] latencies = new long[2_000_000];
            perWorker.add(latencies);
            int[] count = new int[1];
            pool.execute(() -> {
                try {
                    while (System.nanoTime() < end) {
                        HttpRequest r = request.apply(sequence.getAndIncrement());
                        long t0 = System.nanoTime();
                        int status = client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                        long t1 = System.nanoTime();
                        if (t0 >= warmEnd && t1 <= end && count[0] < latencies.length) {
                            latencies[count[0]++] = t1 - t0;
                            statuses.accept(status);
                            if (status >= 300) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    latencies[latencies.length - 1] = count[0]; // the count rides in the last slot
                    done.countDown();
                }
            });
        }
        Thread.sleep(Math.max(0, (warmEnd - System.nanoTime()) / 1_000_000));
        CpuAccount.Snapshot cpuFrom = cpu.take();
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        CpuAccount.Snapshot cpuTo = cpu.take();
        done.await();
        pool.shutdown();
        int total = perWorker.stream().mapToInt(l -> (int) l[l.length - 1]).sum();
        long[] all = new long[total];
        int at = 0;
        for (long[] l : perWorker) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, at, n);
            at += n;
        }
        Arrays.sort(all);
        return new Result(total, errors.get(), MEASURE.toNanos() / 1e9, all,
                CpuAccount.perRequest(cpuFrom, cpuTo, total));
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
