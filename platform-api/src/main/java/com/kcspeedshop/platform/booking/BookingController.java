package com.kcspeedshop.platform.booking;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workshop bay booking over HTTP: search availability, hold a slot (with an {@code Idempotency-Key} header so a retry
 * after a lost response does not book twice), confirm, cancel, reschedule.
 */
@RestController
class BookingController {

    private final BookingService bookings;
    private final BookingStore store;
    private final BookingProperties properties;

    BookingController(BookingService bookings, BookingStore store, BookingProperties properties) {
        this.bookings = bookings;
        this.store = store;
        this.properties = properties;
    }

    /** Free slots for one service, e.g. {@code ?service=3&from=2027-03-01T00:00:00Z&to=2027-03-08T00:00:00Z}. */
    @GetMapping("/api/workshops/{workshopId}/availability")
    List<Slot> availability(@PathVariable UUID workshopId, @RequestParam long service,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                            @RequestParam(defaultValue = "PT15M") Duration step,
                            @RequestParam(required = false) Integer limit) {
        if (!to.isAfter(from) || Duration.between(from, to).toDays() > properties.maxSearchDays()) {
            throw new BookingProblems.Unbookable("Search windows must end after they start and span at most "
                    + properties.maxSearchDays() + " days");
        }
        if (step.compareTo(Duration.ofMinutes(5)) < 0 || step.compareTo(Duration.ofDays(1)) > 0) {
            throw new BookingProblems.Unbookable("step must be between PT5M and P1D, got " + step);
        }
        int max = limit == null ? properties.maxResults() : Math.max(1, Math.min(limit, properties.maxResults()));
        return bookings.availability(workshopId, service, from, to, step, max);
    }

    /** What a workshop has to book: bays, technicians and services (for the calendar and the booking form). */
    @GetMapping("/api/workshops/{workshopId}/resources")
    WorkshopResources resources(@PathVariable UUID workshopId) {
        Workshop workshop = store.workshop(workshopId)
                .orElseThrow(() -> new BookingProblems.NotFound("Workshop " + workshopId));
        return new WorkshopResources(workshop.id(), workshop.name(), workshop.calendar().zone().getId(),
                store.bays(workshopId), store.technicians(workshopId), store.serviceTypes(workshopId));
    }

    /** The workshop's bookings overlapping a window: the booking calendar and the terminal's "today". */
    @GetMapping("/api/workshops/{workshopId}/bookings")
    List<Booking> calendar(@PathVariable UUID workshopId,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return store.inWorkshop(workshopId, new TimeRange(from, to));
    }

    @PostMapping("/api/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    Booking hold(@RequestBody HoldRequest request, Principal caller,
                 @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return bookings.hold(request, name(caller), idempotencyKey);
    }

    @GetMapping("/api/bookings/{id}")
    Booking booking(@PathVariable UUID id) {
        return store.find(id).orElseThrow(() -> new BookingProblems.NotFound("Booking " + id));
    }

    @PostMapping("/api/bookings/{id}/confirm")
    Booking confirm(@PathVariable UUID id) {
        return bookings.confirm(id);
    }

    @PostMapping("/api/bookings/{id}/cancel")
    Booking cancel(@PathVariable UUID id) {
        return bookings.cancel(id);
    }

    /** Body: {@code {"start": "...", "bayId": 2, "technicianId": null}}; bay and technician default to the old ones. */
    @PostMapping("/api/bookings/{id}/reschedule")
    Booking reschedule(@PathVariable UUID id, @RequestBody RescheduleRequest request, Principal caller) {
        if (request.start() == null) {
            throw new BookingProblems.Unbookable("start is required");
        }
        return bookings.reschedule(id, request.start(), request.bayId(), request.technicianId(), name(caller));
    }

    record RescheduleRequest(Instant start, Long bayId, Long technicianId) {
    }

    record WorkshopResources(UUID id, String name, String timeZone, List<Bay> bays, List<Technician> technicians,
                             List<ServiceType> services) {
    }

    // until identity is wired every caller is "anonymous"; afterwards the JWT subject
    private static String name(Principal caller) {
        return caller == null ? "anonymous" : caller.getName();
    }
}
