package com.kcspeedshop.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import com.kcspeedshop.platform.MutableClock;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox worker against the real PostgreSQL and a push endpoint inside the test: two workers share the queue
 * without sending anything twice and without a transaction open while they talk to the push service; unanswered
 * messages come back with a doubling delay and are given up after the last attempt; a dead worker's claim is taken
 * over once its lease runs out, and the dead worker can no longer record anything for it.
 */
class PushOutboxIT {

    private static final Duration RETRY = Duration.ofMinutes(1);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final KeyPair BROWSER = P256.generate();
    private static final String AUTH = P256.base64Url(new byte[16]);

    private static HikariDataSource dataSource;
    private static JdbcClient jdbc;
    private static PushStore store;

    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicInteger openTransactionsSeenWhileSending = new AtomicInteger();
    private volatile int status = 201;
    private volatile long delayMillis;
    private HttpServer endpoint;

    @BeforeAll
    static void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(SharedInfrastructure.postgres().createDatabase("push_outbox_it"));
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        store = new PushStore(jdbc);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @BeforeEach
    void pushEndpoint() throws Exception {
        jdbc.sql("DELETE FROM push_outbox").update();
        jdbc.sql("DELETE FROM push_subscription").update();
        endpoint = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        endpoint.setExecutor(Executors.newFixedThreadPool(4));
        endpoint.createContext("/push/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            // while the request is in flight, no session of the workers may sit in an open transaction
            openTransactionsSeenWhileSending.addAndGet(jdbc.sql("""
                            SELECT count(*) FROM pg_stat_activity
                             WHERE datname = current_database() AND state LIKE 'idle in transaction%'""")
                    .query(Integer.class).single());
            sleep(delayMillis);
            int answer = status;
            if (answer == 201) {
                received.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger())
                        .incrementAndGet();
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
    }

    @Test
    void twoWorkersSendEveryMessageExactlyOnceWithNoTransactionOpenDuringSends() throws Exception {
        int users = 40;
        Instant now = Instant.now();
        for (int i = 0; i < users; i++) {
            queueFor("race-user-" + i, "alert-" + i, now.minusSeconds(1));
        }
        delayMillis = 15;
        ExecutorService workers = Executors.newFixedThreadPool(2);
        List<Future<Integer>> claimed = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            PushService worker = worker(Clock.systemUTC(), 10);
            claimed.add(workers.submit(() -> {
                int total = 0;
                for (int n; (n = worker.deliverDue(5)) > 0; ) {
                    total += n;
                }
                return total;
            }));
        }
        int first = claimed.get(0).get();
        int second = claimed.get(1).get();
        workers.shutdown();

        assertThat(first + second).isEqualTo(users);
        assertThat(first).as("both workers took part").isPositive();
        assertThat(second).as("both workers took part").isPositive();
        assertThat(received).hasSize(users);
        assertThat(received.values()).allSatisfy(count -> assertThat(count.get()).as("sends per device").isOne());
        assertThat(openTransactionsSeenWhileSending.get()).isZero();
        assertThat(outcomes()).containsOnlyKeys("DELIVERED").containsEntry("DELIVERED", (long) users);
    }

    @Test
    void anUnansweredMessageComesBackWithADoublingDelayUntilItIsDelivered() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MutableClock clock = new MutableClock(t0);
        PushService worker = worker(clock, 10);
        long id = queueFor("flaky-user", "alert-flaky", t0);
        status = 503;

        assertThat(worker.deliverDue(10)).isOne();
        assertThat(dueAt(id)).isEqualTo(t0.plus(RETRY));
        assertThat(worker.deliverDue(10)).as("not due yet").isZero();

        clock.set(t0.plus(RETRY));
        assertThat(worker.deliverDue(10)).isOne();
        assertThat(dueAt(id)).as("twice the first delay").isEqualTo(t0.plus(RETRY).plus(RETRY.multipliedBy(2)));

        status = 201;
        clock.set(t0.plus(RETRY.multipliedBy(3)));
        assertThat(worker.deliverDue(10)).isOne();
        assertThat(received.get("/push/flaky-user").get()).isOne();
        assertThat(outcomes()).containsExactly(Map.entry("DELIVERED", 1L));
        assertThat(worker.deliverDue(10)).isZero();
    }

    @Test
    void aMessageNoServiceEverAnswersIsGivenUpAfterTheLastAttempt() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MutableClock clock = new MutableClock(t0);
        PushService worker = worker(clock, 2);
        queueFor("dead-user", "alert-dead", t0);
        status = 503;

        worker.deliverDue(10);
        assertThat(outcomes()).isEmpty();
        clock.set(t0.plus(Duration.ofDays(1)));
        worker.deliverDue(10);

        assertThat(outcomes()).containsExactly(Map.entry("GAVE_UP", 1L));
        clock.set(t0.plus(Duration.ofDays(2)));
        assertThat(worker.deliverDue(10)).isZero();
    }

    @Test
    void aDeadWorkersClaimIsTakenOverWhenItsLeaseEndsAndItCannotRecordAfterwards() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MutableClock clock = new MutableClock(t0);
        long id = queueFor("orphan-user", "alert-orphan", t0);
        UUID deadWorker = UUID.randomUUID();
        assertThat(store.claimDue(deadWorker, t0, t0.plus(LEASE), 10)).hasSize(1); // ...and then it died

        PushService survivor = worker(clock, 10);
        clock.set(t0.plus(LEASE).minusSeconds(1));
        assertThat(survivor.deliverDue(10)).as("still leased").isZero();
        clock.set(t0.plus(LEASE));
        assertThat(survivor.deliverDue(10)).isOne();

        assertThat(received.get("/push/orphan-user").get()).isOne();
        assertThat(store.extendLease(List.of(id), deadWorker, clock.instant().plus(LEASE)))
                .as("a worker that comes back late cannot renew its claim, so it does not send").isZero();
        assertThat(store.finish(List.of(id), deadWorker, PushStore.Outcome.DELIVERED, clock.instant()))
                .as("the dead worker's claim is void").isZero();
        assertThat(outcomes()).containsExactly(Map.entry("DELIVERED", 1L));
    }

    private PushService worker(Clock clock, int maxAttempts) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PushSender.CONNECT_TIMEOUT).build();
        PushSender sender = new PushSender(http, new Vapid(P256.generate(), "mailto:it@kcspeedshop.invalid"), clock,
                Duration.ofHours(1));
        return new PushService(store, sender, clock, new PushService.Delivery(RETRY, LEASE, maxAttempts));
    }

    private long queueFor(String user, String alertId, Instant due) {
        store.subscribe(user, null, "http://localhost:" + endpoint.getAddress().getPort() + "/push/" + user,
                P256.base64Url(P256.encode((ECPublicKey) BROWSER.getPublic())), AUTH, "phone");
        assertThat(store.enqueue(user, new PushStore.OutboxMessage(0, user, alertId, "ACTIVE_WARNING",
                AlertSeverity.WARNING, "1HGCM82633A004352", "Overheating", "Coolant hot"), due)).isTrue();
        return jdbc.sql("SELECT id FROM push_outbox WHERE alert_id = :a").param("a", alertId).query(Long.class)
                .single();
    }

    private Instant dueAt(long id) {
        return jdbc.sql("SELECT due_at FROM push_outbox WHERE id = :id").param("id", id)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private Map<String, Long> outcomes() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("SELECT outcome, count(*) FROM push_outbox WHERE sent_at IS NOT NULL GROUP BY outcome")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
