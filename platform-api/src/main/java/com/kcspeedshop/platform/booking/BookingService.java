package com.kcspeedshop.platform.booking;

import com.kcspeedshop.events.Vin;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds, confirms, cancels and reschedules bookings. The application checks what it can explain well (opening hours,
 * equipment, skills, expiry); the one rule that must never break under concurrency, no overlap per bay and per
 * technician, is left to PostgreSQL's exclusion constraints (migration V10), and their violation becomes a 409.
 *
 * <p>A booking starts HELD for {@code holdTtl} so the person can review it, then is CONFIRMED. A hold past its expiry
 * stops counting in availability at once, and its row is marked EXPIRED by the next write that wants the slot.
 */
public class BookingService {

    private static final Logger LOG = LoggerFactory.getLogger(BookingService.class);
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String UNIQUE_VIOLATION = "23505";

    private final BookingStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration holdTtl;

    public BookingService(BookingStore store, TransactionTemplate tx, Clock clock, Duration holdTtl) {
        this.store = Objects.requireNonNull(store, "store");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (holdTtl.isNegative() || holdTtl.isZero()) {
            throw new IllegalArgumentException("hold time-to-live must be positive, got " + holdTtl);
        }
        this.holdTtl = holdTtl;
    }

    /** Free slots for the service between {@code from} and {@code to}, never in the past. */
    public List<Slot> availability(UUID workshopId, long serviceTypeId, Instant from, Instant to, Duration step,
                                   int limit) {
        Workshop workshop = workshop(workshopId);
        ServiceType service = service(workshopId, serviceTypeId);
        Instant now = clock.instant();
        Instant start = from.isBefore(now) ? now : from;
        if (!to.isAfter(start)) {
            return List.of();
        }
        TimeRange window = new TimeRange(start, to);
        BookingStore.Busy busy = store.busy(workshopId, window, now);
        return AvailabilitySearch.find(workshop.calendar(), store.bays(workshopId), store.technicians(workshopId),
                busy.byBay(), busy.byTechnician(), service, window, step, limit);
    }

    /**
     * Holds a slot. With an idempotency key, a retry of the same request returns the booking the first call made
     * (even when both arrive at once), and the same key with another request is refused.
     */
    public Booking hold(HoldRequest request, String actor, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Booking> earlier = store.findByIdempotencyKey(actor, idempotencyKey);
            if (earlier.isPresent()) {
                return sameRequestOrFail(earlier.get(), request, idempotencyKey);
            }
        }
        Booking booking = validated(request, actor, null, BookingStatus.HELD);
        try {
            tx.executeWithoutResult(status -> {
                store.lockWorkshop(booking.workshopId());
                store.expireHolds(booking.bayId(), booking.technicianId(), booking.range(), clock.instant());
                store.insert(booking, idempotencyKey);
            });
        } catch (DataIntegrityViolationException e) {
            if (idempotencyKey != null && UNIQUE_VIOLATION.equals(sqlState(e))) {
                // the same request arrived twice at once and the other copy won: answer as it did
                return sameRequestOrFail(store.findByIdempotencyKey(actor, idempotencyKey).orElseThrow(), request,
                        idempotencyKey);
            }
            throw translated(e);
        }
        LOG.info("{} holds bay {} / technician {} for {} ({}) until {}", actor, booking.bayId(),
                booking.technicianId(), booking.range(), booking.vin(), booking.holdExpiresAt());
        return booking;
    }

    public Booking confirm(UUID id) {
        return tx.execute(status -> {
            Booking b = store.lock(id).orElseThrow(() -> new BookingProblems.NotFound("Booking " + id));
            if (b.status() == BookingStatus.CONFIRMED) {
                return b;
            }
            if (b.status() != BookingStatus.HELD || !b.holdExpiresAt().isAfter(clock.instant())) {
                BookingStatus shown = b.status() == BookingStatus.HELD ? BookingStatus.EXPIRED : b.status();
                throw new BookingProblems.WrongState(id, shown, "confirm");
            }
            store.setStatus(id, BookingStatus.CONFIRMED);
            return store.find(id).orElseThrow();
        });
    }

    /** Cancelling twice is fine (idempotent); the slot is free at once. */
    public Booking cancel(UUID id) {
        return tx.execute(status -> {
            Booking b = store.lock(id).orElseThrow(() -> new BookingProblems.NotFound("Booking " + id));
            if (b.status().takesSlot()) {
                store.setStatus(id, BookingStatus.CANCELLED);
            }
            return store.find(id).orElseThrow();
        });
    }

    /**
     * Moves a live booking to another start (and optionally bay/technician) atomically: the old booking is cancelled
     * and the new one inserted in one transaction, so if the new slot is taken the old one is kept untouched. The new
     * booking keeps the old one's state (a confirmed booking stays confirmed).
     */
    public Booking reschedule(UUID id, Instant newStart, Long newBayId, Long newTechnicianId, String actor) {
        Booking old = store.find(id).orElseThrow(() -> new BookingProblems.NotFound("Booking " + id));
        HoldRequest moved = new HoldRequest(old.workshopId(), old.serviceTypeId(), old.vin(),
                newBayId == null ? old.bayId() : newBayId,
                newTechnicianId == null ? old.technicianId() : newTechnicianId, newStart, old.alertId());
        try {
            return tx.execute(status -> {
                store.lockWorkshop(old.workshopId());
                Booking current = store.lock(id).orElseThrow();
                if (!current.status().takesSlot()
                        || current.status() == BookingStatus.HELD
                        && !current.holdExpiresAt().isAfter(clock.instant())) {
                    throw new BookingProblems.WrongState(id, current.status(), "reschedul");
                }
                Booking next = validated(moved, actor, id, current.status());
                // cancel first: the new range may overlap the old one on the same bay (moving by half an hour)
                store.setStatus(id, BookingStatus.CANCELLED);
                store.expireHolds(next.bayId(), next.technicianId(), next.range(), clock.instant());
                store.insert(next, null);
                return next;
            });
        } catch (DataIntegrityViolationException e) {
            throw translated(e);
        }
    }

    private Booking validated(HoldRequest r, String actor, UUID rescheduledFrom, BookingStatus status) {
        if (!Vin.isWellFormed(r.vin())) {
            throw new BookingProblems.Unbookable("'" + r.vin() + "' is not a well-formed VIN");
        }
        Workshop workshop = workshop(r.workshopId());
        ServiceType service = service(r.workshopId(), r.serviceTypeId());
        Bay bay = store.bays(r.workshopId()).stream().filter(b -> b.id() == r.bayId()).findFirst()
                .orElseThrow(() -> new BookingProblems.NotFound("Bay " + r.bayId() + " of workshop "
                        + r.workshopId()));
        Technician technician = store.technicians(r.workshopId()).stream().filter(t -> t.id() == r.technicianId())
                .findFirst().orElseThrow(() -> new BookingProblems.NotFound("Technician " + r.technicianId()
                        + " of workshop " + r.workshopId()));
        if (!bay.canDo(service)) {
            throw new BookingProblems.Unbookable("Bay '" + bay.name() + "' has no " + service.requiredCapability()
                    + ", which " + service.name() + " needs");
        }
        if (!technician.canDo(service)) {
            throw new BookingProblems.Unbookable(technician.name() + " lacks the skill " + service.requiredSkill()
                    + ", which " + service.name() + " needs");
        }
        Instant now = clock.instant();
        TimeRange range = TimeRange.of(r.start(), service.duration());
        if (!range.start().isAfter(now)) {
            throw new BookingProblems.Unbookable("The slot starts in the past: " + range.start());
        }
        if (!workshop.calendar().isOpenThroughout(range)) {
            throw new BookingProblems.Unbookable("Workshop '" + workshop.name() + "' is not open throughout "
                    + range.start() + " .. " + range.end() + " (" + workshop.calendar().zone() + ")");
        }
        Instant expires = status == BookingStatus.HELD ? now.plus(holdTtl) : null;
        return new Booking(UUID.randomUUID(), r.workshopId(), r.bayId(), r.technicianId(), r.serviceTypeId(),
                r.vin(), range, status, expires, r.alertId(), rescheduledFrom, actor);
    }

    private Workshop workshop(UUID id) {
        return store.workshop(id).orElseThrow(() -> new BookingProblems.NotFound("Workshop " + id));
    }

    private ServiceType service(UUID workshopId, long serviceTypeId) {
        return store.serviceType(serviceTypeId).filter(s -> s.workshopId().equals(workshopId))
                .orElseThrow(() -> new BookingProblems.NotFound("Service " + serviceTypeId + " of workshop "
                        + workshopId));
    }

    private static Booking sameRequestOrFail(Booking earlier, HoldRequest r, String key) {
        boolean same = earlier.workshopId().equals(r.workshopId()) && earlier.serviceTypeId() == r.serviceTypeId()
                && earlier.vin().equals(r.vin()) && earlier.bayId() == r.bayId()
                && earlier.technicianId() == r.technicianId() && earlier.range().start().equals(r.start());
        if (!same) {
            throw new BookingProblems.IdempotencyKeyReused(key);
        }
        return earlier;
    }

    private static RuntimeException translated(DataIntegrityViolationException e) {
        if (EXCLUSION_VIOLATION.equals(sqlState(e))) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            return new BookingProblems.SlotTaken(message.contains("technician") ? "technician" : "bay");
        }
        return e;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
