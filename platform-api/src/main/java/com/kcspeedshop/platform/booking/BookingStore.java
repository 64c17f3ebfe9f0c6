package com.kcspeedshop.platform.booking;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the tables of migration V10; no rules here beyond what the schema itself enforces. */
@Repository
public class BookingStore {

    private static final String BOOKING_COLUMNS = """
            id, workshop_id, bay_id, technician_id, service_type_id, vin, lower(period) AS starts,
            upper(period) AS ends, status, hold_expires_at, alert_id, rescheduled_from, created_by
            """;

    private final JdbcClient jdbc;

    public BookingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Workshop> workshop(UUID id) {
        Optional<String[]> row = jdbc.sql("SELECT name, time_zone FROM workshop WHERE id = :id").param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<DailyHours> hours = jdbc.sql("""
                        SELECT day_of_week, opens, closes FROM workshop_hours WHERE workshop_id = :id
                         ORDER BY day_of_week, opens""")
                .param("id", id)
                .query((rs, n) -> new DailyHours(DayOfWeek.of(rs.getInt(1)), rs.getTime(2).toLocalTime(),
                        rs.getTime(3).toLocalTime()))
                .list();
        List<Closure> closures = jdbc.sql("""
                        SELECT first_day, last_day, reason FROM workshop_closure WHERE workshop_id = :id
                         ORDER BY first_day""")
                .param("id", id)
                .query((rs, n) -> new Closure(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
                        rs.getString(3)))
                .list();
        return Optional.of(new Workshop(id, row.get()[0],
                new WorkshopCalendar(ZoneId.of(row.get()[1]), hours, closures)));
    }

    public List<Bay> bays(UUID workshopId) {
        return jdbc.sql("SELECT id, workshop_id, name, capabilities FROM bay WHERE workshop_id = :w ORDER BY id")
                .param("w", workshopId)
                .query((rs, n) -> new Bay(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), strings(rs.getArray(4))))
                .list();
    }

    public List<Technician> technicians(UUID workshopId) {
        return jdbc.sql("SELECT id, workshop_id, name, skills FROM technician WHERE workshop_id = :w ORDER BY id")
                .param("w", workshopId)
                .query((rs, n) -> new Technician(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        strings(rs.getArray(4))))
                .list();
    }

    public Optional<ServiceType> serviceType(long id) {
        return jdbc.sql("""
                        SELECT id, workshop_id, code, name, duration_minutes, required_capability, required_skill
                          FROM service_type WHERE id = :id""")
                .param("id", id).query(BookingStore::serviceType).optional();
    }

    public List<ServiceType> serviceTypes(UUID workshopId) {
        return jdbc.sql("""
                        SELECT id, workshop_id, code, name, duration_minutes, required_capability, required_skill
                          FROM service_type WHERE workshop_id = :w ORDER BY id""")
                .param("w", workshopId).query(BookingStore::serviceType).list();
    }

    public Optional<ServiceType> serviceTypeByCode(UUID workshopId, String code) {
        return jdbc.sql("""
                        SELECT id, workshop_id, code, name, duration_minutes, required_capability, required_skill
                          FROM service_type WHERE workshop_id = :w AND code = :code""")
                .param("w", workshopId).param("code", code).query(BookingStore::serviceType).optional();
    }

    /** Ranges taken by live bookings of the workshop that overlap {@code window}, per bay and per technician. */
    public Busy busy(UUID workshopId, TimeRange window, Instant now) {
        Map<Long, List<TimeRange>> byBay = new HashMap<>();
        Map<Long, List<TimeRange>> byTechnician = new HashMap<>();
        jdbc.sql("""
                        SELECT bay_id, technician_id, lower(period), upper(period) FROM booking
                         WHERE workshop_id = :w AND period && tstzrange(:from, :to, '[)')
                           AND (status = 'CONFIRMED' OR (status = 'HELD' AND hold_expires_at > :now))""")
                .param("w", workshopId).param("from", ts(window.start())).param("to", ts(window.end()))
                .param("now", ts(now))
                .query(rs -> {
                    TimeRange range = new TimeRange(rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant());
                    byBay.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(range);
                    byTechnician.computeIfAbsent(rs.getLong(2), k -> new java.util.ArrayList<>()).add(range);
                });
        return new Busy(byBay, byTechnician);
    }

    /** The ranges taken per bay and per technician. */
    public record Busy(Map<Long, List<TimeRange>> byBay, Map<Long, List<TimeRange>> byTechnician) {
    }

    /**
     * Serialises the writes of one workshop until the transaction ends. Not what prevents double-booking (the
     * exclusion constraints do that on their own); it prevents deadlocks: two inserts checked against two exclusion
     * constraints (bay and technician) can each wait for the other, and PostgreSQL then aborts one after a second.
     * Bookings of one workshop are few per minute, so queueing them costs nothing.
     */
    public void lockWorkshop(UUID workshopId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:w, 0))").param("w", workshopId.toString()).query(rs -> { });
    }

    /**
     * Lets go of holds past their expiry that overlap {@code range} on this bay or technician, so they no longer block
     * the exclusion constraints. Run in the same transaction as the insert that wants the slot.
     */
    public int expireHolds(long bayId, long technicianId, TimeRange range, Instant now) {
        return jdbc.sql("""
                        UPDATE booking SET status = 'EXPIRED', updated_at = now()
                         WHERE status = 'HELD' AND hold_expires_at <= :now
                           AND (bay_id = :bay OR technician_id = :tech)
                           AND period && tstzrange(:from, :to, '[)')""")
                .param("now", ts(now)).param("bay", bayId).param("tech", technicianId)
                .param("from", ts(range.start())).param("to", ts(range.end()))
                .update();
    }

    /** Inserts; an overlap with a live booking fails in PostgreSQL with SQLSTATE 23P01. */
    public void insert(Booking b, String idempotencyKey) {
        jdbc.sql("""
                        INSERT INTO booking (id, workshop_id, bay_id, technician_id, service_type_id, vin, period, status,
                                             hold_expires_at, alert_id, rescheduled_from, created_by, idempotency_key)
                        VALUES (:id, :w, :bay, :tech, :svc, :vin, tstzrange(:from, :to, '[)'), :status,
                                :expires, :alert, :from_booking, :by, :key)""")
                .param("id", b.id()).param("w", b.workshopId()).param("bay", b.bayId())
                .param("tech", b.technicianId()).param("svc", b.serviceTypeId()).param("vin", b.vin())
                .param("from", ts(b.range().start())).param("to", ts(b.range().end()))
                .param("status", b.status().name()).param("expires", ts(b.holdExpiresAt()))
                .param("alert", b.alertId()).param("from_booking", b.rescheduledFrom()).param("by", b.createdBy())
                .param("key", idempotencyKey)
                .update();
    }

    public Optional<Booking> find(UUID id) {
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + " FROM booking WHERE id = :id").param("id", id)
                .query(BookingStore::booking).optional();
    }

    /** The row locked for update, so a confirm and a cancel of the same booking do not interleave. */
    public Optional<Booking> lock(UUID id) {
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + " FROM booking WHERE id = :id FOR UPDATE").param("id", id)
                .query(BookingStore::booking).optional();
    }

    public Optional<Booking> findByIdempotencyKey(String createdBy, String key) {
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + " FROM booking WHERE created_by = :by AND idempotency_key = :key")
                .param("by", createdBy).param("key", key).query(BookingStore::booking).optional();
    }

    public List<Booking> inWorkshop(UUID workshopId, TimeRange window) {
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + """
                         FROM booking WHERE workshop_id = :w AND period && tstzrange(:from, :to, '[)')
                        ORDER BY lower(period), bay_id""")
                .param("w", workshopId).param("from", ts(window.start())).param("to", ts(window.end()))
                .query(BookingStore::booking).list();
    }

    public void setStatus(UUID id, BookingStatus status) {
        jdbc.sql("""
                        UPDATE booking SET status = :status, updated_at = now(),
                               hold_expires_at = CASE WHEN :status = 'HELD' THEN hold_expires_at END
                         WHERE id = :id""")
                .param("status", status.name()).param("id", id).update();
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("hold_expires_at");
        return new Booking(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class), rs.getLong("bay_id"),
                rs.getLong("technician_id"), rs.getLong("service_type_id"), rs.getString("vin"),
                new TimeRange(rs.getTimestamp("starts").toInstant(), rs.getTimestamp("ends").toInstant()),
                BookingStatus.valueOf(rs.getString("status")), expires == null ? null : expires.toInstant(),
                rs.getString("alert_id"), rs.getObject("rescheduled_from", UUID.class), rs.getString("created_by"));
    }

    private static ServiceType serviceType(ResultSet rs, int row) throws SQLException {
        return new ServiceType(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                Duration.ofMinutes(rs.getInt(5)), rs.getString(6), rs.getString(7));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) array.getArray()));
    }

    // OffsetDateTime is what pgjdbc binds as timestamptz; java.sql.Timestamp would go through the JVM's zone
    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
