package com.kcspeedshop.platform.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.platform.MutableClock;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking against the real PostgreSQL with the real migrations. The race tests are the proof that double-booking
 * cannot happen: many clients ask for the same slot at the same moment and exactly one gets it.
 */
class BookingServiceIT {

    private static final String VIN = "1HGCM82633A004352";
    // Monday 2027-03-01 06:00 UTC = 07:00 in Berlin; the workshop opens at 08:00 local
    private static final Instant NOW = Instant.parse("2027-03-01T06:00:00Z");
    private static final Instant NINE_BERLIN = Instant.parse("2027-03-01T08:00:00Z");
    // the issue asks for at least 50 parallel attempts at one slot, repeated
    private static final int RACERS = 50;

    private static HikariDataSource dataSource;
    private static JdbcClient jdbc;

    private MutableClock clock;
    private BookingService service;
    private UUID workshop;
    private long liftBay;
    private long alignmentBay;
    private long ana;
    private long ben;
    private long cooling;

    @BeforeAll
    static void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(SharedInfrastructure.postgres().createDatabase("booking_it"));
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setMaximumPoolSize(RACERS + 2);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @BeforeEach
    void workshop() {
        jdbc.sql("TRUNCATE booking, service_type, technician, bay, workshop_closure, workshop_hours, workshop CASCADE")
                .update();
        workshop = jdbc.sql("INSERT INTO workshop (id, name, time_zone) VALUES (gen_random_uuid(), 'KC Karlsruhe', 'Europe/Berlin') RETURNING id")
                .query(UUID.class).single();
        for (int day = 1; day <= 5; day++) {
            jdbc.sql("INSERT INTO workshop_hours VALUES (:w, :d, '08:00', '12:00'), (:w, :d, '13:00', '17:00')")
                    .param("w", workshop).param("d", day).update();
        }
        liftBay = insert("INSERT INTO bay (workshop_id, name, capabilities) VALUES (:w, 'Bay 1', '{lift}') RETURNING id");
        alignmentBay = insert("INSERT INTO bay (workshop_id, name, capabilities) VALUES (:w, 'Bay 2', '{lift,alignment}')"
                + " RETURNING id");
        ana = insert("INSERT INTO technician (workshop_id, name, skills) VALUES (:w, 'Ana', '{engine}') RETURNING id");
        ben = insert("INSERT INTO technician (workshop_id, name, skills) VALUES (:w, 'Ben', '{engine,alignment}')"
                + " RETURNING id");
        cooling = insert("INSERT INTO service_type (workshop_id, code, name, duration_minutes, required_capability,"
                + " required_skill) VALUES (:w, 'COOLING_CHECK', 'Cooling check', 60, 'lift', 'engine') RETURNING id");
        clock = new MutableClock(NOW);
        service = new BookingService(new BookingStore(jdbc), new TransactionTemplate(
                new DataSourceTransactionManager(dataSource)), clock, Duration.ofMinutes(10));
    }

    private long insert(String sql) {
        return jdbc.sql(sql).param("w", workshop).query(Long.class).single();
    }

    private HoldRequest at(Instant start, long bay, long technician) {
        return new HoldRequest(workshop, cooling, VIN, bay, technician, start, null);
    }

    @RepeatedTest(5)
    void manyClientsRaceForOneSlotAndExactlyOneWins() throws Exception {
        List<Outcome> outcomes = race(i -> at(NINE_BERLIN, liftBay, ana));
        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.error() instanceof BookingProblems.SlotTaken).hasSize(RACERS - 1);
        assertThat(liveBookings()).isEqualTo(1);
    }

    @Test
    void theBayIsProtectedEvenWhenRacersPickDifferentTechnicians() throws Exception {
        // half ask for Ana, half for Ben, all in the same bay at overlapping times (09:00 and 09:30)
        List<Outcome> outcomes = race(i -> at(NINE_BERLIN.plus(Duration.ofMinutes(30L * (i % 2))), liftBay,
                i % 2 == 0 ? ana : ben));
        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(liveBookings()).isEqualTo(1);
    }

    @Test
    void theTechnicianIsProtectedAcrossBays() throws Exception {
        List<Outcome> outcomes = race(i -> at(NINE_BERLIN, i % 2 == 0 ? liftBay : alignmentBay, ana));
        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.error() instanceof BookingProblems.SlotTaken).hasSize(RACERS - 1);
    }

    @Test
    void postgresqlItselfRefusesAnOverlapThatBypassesTheService() {
        service.hold(at(NINE_BERLIN, liftBay, ana), "owner-1", null);
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO booking (id, workshop_id, bay_id, technician_id, service_type_id, vin,"
                        + " period, status, created_by) VALUES (gen_random_uuid(), '" + workshop + "', " + liftBay
                        + ", " + ben + ", " + cooling + ", '" + VIN + "', tstzrange('2027-03-01T08:30:00Z',"
                        + " '2027-03-01T09:30:00Z', '[)'), 'CONFIRMED', 'sql')");
            }
        }).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23P01"));
    }

    @Test
    void backToBackBookingsDoNotOverlap() {
        service.hold(at(NINE_BERLIN, liftBay, ana), "owner-1", null);
        Booking next = service.hold(at(NINE_BERLIN.plus(Duration.ofHours(1)), liftBay, ana), "owner-2", null);
        assertThat(next.status()).isEqualTo(BookingStatus.HELD);
        assertThat(liveBookings()).isEqualTo(2);
    }

    @Test
    void holdConfirmCancelFreesTheSlot() {
        Booking held = service.hold(at(NINE_BERLIN, liftBay, ana), "owner-1", null);
        assertThat(service.availability(workshop, cooling, NINE_BERLIN, NINE_BERLIN.plus(Duration.ofHours(1)),
                Duration.ofHours(1), 10)).extracting(Slot::bayId).doesNotContain(liftBay);
        Booking confirmed = service.confirm(held.id());
        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.holdExpiresAt()).isNull();
        assertThat(service.cancel(held.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.cancel(held.id()).status()).as("cancel is idempotent").isEqualTo(BookingStatus.CANCELLED);
        assertThat(service.hold(at(NINE_BERLIN, liftBay, ana), "owner-2", null).status())
                .isEqualTo(BookingStatus.HELD);
    }

    @Test
    void anExpiredHoldLetsGoOfTheSlotAndCannotBeConfirmed() {
        Booking held = service.hold(at(NINE_BERLIN, liftBay, ana), "owner-1", null);
        clock.advance(Duration.ofMinutes(11));
        assertThat(service.availability(workshop, cooling, NINE_BERLIN, NINE_BERLIN.plus(Duration.ofHours(1)),
                Duration.ofHours(1), 10)).extracting(Slot::bayId).contains(liftBay);
        Booking other = service.hold(at(NINE_BERLIN, liftBay, ana), "owner-2", null);
        assertThat(other.status()).isEqualTo(BookingStatus.HELD);
        assertThat(service.cancel(held.id()).status()).isEqualTo(BookingStatus.EXPIRED);
        assertThatThrownBy(() -> service.confirm(held.id())).isInstanceOf(BookingProblems.WrongState.class);
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstBookingAndRefusesADifferentRequest() throws Exception {
        List<Outcome> outcomes = race(i -> at(NINE_BERLIN, liftBay, ana), "owner-1", "key-1");
        assertThat(outcomes).allMatch(Outcome::won);
        assertThat(outcomes).extracting(o -> o.booking().id()).containsOnly(outcomes.get(0).booking().id());
        assertThat(liveBookings()).isEqualTo(1);
        assertThatThrownBy(() -> service.hold(at(NINE_BERLIN.plus(Duration.ofHours(1)), liftBay, ana), "owner-1",
                "key-1")).isInstanceOf(BookingProblems.IdempotencyKeyReused.class);
    }

    @Test
    void rescheduleIsAtomic() {
        Booking first = service.confirm(service.hold(at(NINE_BERLIN, liftBay, ana), "owner-1", null).id());
        // move by half an hour in the same bay: overlaps its own old slot, which is fine
        Booking moved = service.reschedule(first.id(), NINE_BERLIN.plus(Duration.ofMinutes(30)), null, null,
                "owner-1");
        assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(moved.rescheduledFrom()).isEqualTo(first.id());
        Booking blocker = service.hold(at(NINE_BERLIN.plus(Duration.ofHours(2)), liftBay, ben), "owner-2", null);
        // moving onto the blocker fails and leaves the booking where it was
        assertThatThrownBy(() -> service.reschedule(moved.id(), blocker.range().start(), null, null, "owner-1"))
                .isInstanceOf(BookingProblems.SlotTaken.class);
        assertThat(service.availability(workshop, cooling, moved.range().start(), moved.range().end(),
                Duration.ofMinutes(30), 10)).extracting(Slot::bayId).doesNotContain(liftBay);
        assertThat(jdbc.sql("SELECT status FROM booking WHERE id = :id").param("id", moved.id())
                .query(String.class).single()).isEqualTo("CONFIRMED");
    }

    @Test
    void requestsThatCannotBeBookedAreExplained() {
        assertThatThrownBy(() -> service.hold(at(Instant.parse("2027-03-01T10:30:00Z"), liftBay, ana), "o", null))
                .isInstanceOf(BookingProblems.Unbookable.class).hasMessageContaining("not open throughout");
        long noLift = insert("INSERT INTO bay (workshop_id, name, capabilities) VALUES (:w, 'Bay 3', '{dyno}')"
                + " RETURNING id");
        assertThatThrownBy(() -> service.hold(at(NINE_BERLIN, noLift, ana), "o", null))
                .isInstanceOf(BookingProblems.Unbookable.class).hasMessageContaining("lift");
        assertThatThrownBy(() -> service.hold(at(NOW.minusSeconds(3600), liftBay, ana), "o", null))
                .isInstanceOf(BookingProblems.Unbookable.class);
        assertThatThrownBy(() -> service.hold(new HoldRequest(workshop, cooling, "NOT-A-VIN", liftBay, ana,
                NINE_BERLIN, null), "o", null)).isInstanceOf(BookingProblems.Unbookable.class);
        assertThatThrownBy(() -> service.hold(at(NINE_BERLIN, 999_999, ana), "o", null))
                .isInstanceOf(BookingProblems.NotFound.class);
    }

    private long liveBookings() {
        return jdbc.sql("SELECT count(*) FROM booking WHERE status IN ('HELD', 'CONFIRMED')").query(Long.class)
                .single();
    }

    private record Outcome(Booking booking, Exception error) {
        boolean won() {
            return booking != null;
        }
    }

    private List<Outcome> race(java.util.function.IntFunction<HoldRequest> request) throws Exception {
        return race(request, null, null);
    }

    /** Starts all racers at once behind a latch, each with its own connection from the pool. */
    private List<Outcome> race(java.util.function.IntFunction<HoldRequest> request, String sameActor, String key)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int n = i;
                Callable<Outcome> racer = () -> {
                    start.await();
                    try {
                        return new Outcome(service.hold(request.apply(n), sameActor != null ? sameActor : "owner-" + n,
                                key), null);
                    } catch (RuntimeException e) {
                        return new Outcome(null, e);
                    }
                };
                futures.add(pool.submit(racer));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            outcomes.stream().filter(o -> o.error() != null
                            && !(o.error() instanceof BookingProblems.SlotTaken))
                    .findFirst().ifPresent(o -> {
                        throw new AssertionError("unexpected failure in a racer", o.error());
                    });
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
