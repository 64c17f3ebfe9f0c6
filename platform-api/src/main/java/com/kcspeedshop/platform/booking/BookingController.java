package com.kcspeedshop.platform.booking;

import com.kcspeedshop.platform.identity.Caller;
import com.kcspeedshop.platform.identity.Role;
import com.kcspeedshop.platform.vehicle.VehicleAccess;
import com.kcspeedshop.platform.vehicle.VehicleAction;
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
 *
 * <p>Who may do what: anyone signed in may see a workshop's services and free slots. A vehicle's owner books it into
 * any workshop; workshop staff book vehicles authorised for their workshop into their own workshop. A booking is
 * visible to whoever made it, to the staff of its workshop and to operators, and to nobody else (404, as if it did not
 * exist). A workshop's calendar is for its staff and operators.
 */
@RestController
class BookingController {

    private final BookingService bookings;
    private final BookingStore store;
    private final BookingProperties properties;
    private final VehicleAccess access;

    BookingController(BookingService bookings, BookingStore store, BookingProperties properties,
                      VehicleAccess access) {
        this.bookings = bookings;
        this.store = store;
        this.properties = properties;
        this.access = access;
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
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                           Caller caller) {
        if (!caller.has(Role.OPERATOR) && !caller.staffWorkshop().map(workshopId::equals).orElse(false)) {
            throw new BookingProblems.Forbidden("Only the staff of this workshop see its calendar");
        }
        if (!to.isAfter(from) || Duration.between(from, to).toDays() > properties.maxSearchDays()) {
            throw new BookingProblems.Unbookable("Calendar windows must end after they start and span at most "
                    + properties.maxSearchDays() + " days");
        }
        return store.inWorkshop(workshopId, new TimeRange(from, to));
    }

    @PostMapping("/api/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    Booking hold(@RequestBody HoldRequest request, Caller caller,
                 @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (request.workshopId() == null || request.vin() == null || request.start() == null) {
            throw new BookingProblems.Unbookable("workshopId, serviceTypeId, vin, bayId, technicianId and start are"
                    + " required");
        }
        access.require(caller, request.vin(), VehicleAction.BOOK);
        caller.staffWorkshop().filter(own -> !own.equals(request.workshopId())).ifPresent(own -> {
            throw new BookingProblems.Forbidden("Workshop staff book into their own workshop only");
        });
        return bookings.hold(request, caller.subject(), idempotencyKey);
    }

    @GetMapping("/api/bookings/{id}")
    Booking booking(@PathVariable UUID id, Caller caller) {
        return visible(id, caller);
    }

    @PostMapping("/api/bookings/{id}/confirm")
    Booking confirm(@PathVariable UUID id, Caller caller) {
        visible(id, caller);
        return bookings.confirm(id);
    }

    @PostMapping("/api/bookings/{id}/cancel")
    Booking cancel(@PathVariable UUID id, Caller caller) {
        visible(id, caller);
        return bookings.cancel(id);
    }

    /** Body: {@code {"start": "...", "bayId": 2, "technicianId": null}}; bay and technician default to the old ones. */
    @PostMapping("/api/bookings/{id}/reschedule")
    Booking reschedule(@PathVariable UUID id, @RequestBody RescheduleRequest request, Caller caller) {
        visible(id, caller);
        if (request.start() == null) {
            throw new BookingProblems.Unbookable("start is required");
        }
        return bookings.reschedule(id, request.start(), request.bayId(), request.technicianId(), caller.subject());
    }

    record RescheduleRequest(Instant start, Long bayId, Long technicianId) {
    }

    record WorkshopResources(UUID id, String name, String timeZone, List<Bay> bays, List<Technician> technicians,
                             List<ServiceType> services) {
    }

    /** The booking when the caller made it, works in its workshop or operates the platform; 404 otherwise. */
    private Booking visible(UUID id, Caller caller) {
        return store.find(id)
                .filter(b -> b.createdBy().equals(caller.subject()) || caller.has(Role.OPERATOR)
                        || caller.staffWorkshop().map(w -> w.equals(b.workshopId())).orElse(false))
                .orElseThrow(() -> new BookingProblems.NotFound("Booking " + id));
    }
}
