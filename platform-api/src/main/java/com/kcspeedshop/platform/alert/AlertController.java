package com.kcspeedshop.platform.alert;

import com.kcspeedshop.platform.booking.BookingService;
import com.kcspeedshop.platform.booking.BookingStore;
import com.kcspeedshop.platform.booking.ServiceType;
import com.kcspeedshop.platform.booking.Slot;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts and their workflow: list, detail with timeline, acknowledge, assign to a technician, resolve, and the step
 * that closes the loop, booking a workshop slot for the service the alert calls for.
 */
@RestController
class AlertController {

    private final AlertStore alerts;
    private final BookingService bookings;
    private final BookingStore workshops;
    private final Clock clock = Clock.systemUTC();

    AlertController(AlertStore alerts, BookingService bookings, BookingStore workshops) {
        this.alerts = alerts;
        this.bookings = bookings;
        this.workshops = workshops;
    }

    /** Newest first; {@code ?active=true} for those still needing attention, {@code ?vin=} for one vehicle. */
    @GetMapping("/api/alerts")
    List<AlertView> list(@RequestParam(required = false) String vin,
                         @RequestParam(defaultValue = "false") boolean active,
                         @RequestParam(defaultValue = "200") int limit) {
        return alerts.list(vin == null ? null : List.of(vin), active, Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/api/alerts/{id}")
    AlertView alert(@PathVariable String id) {
        return found(id);
    }

    @PostMapping("/api/alerts/{id}/acknowledge")
    AlertView acknowledge(@PathVariable String id, Principal caller) {
        found(id);
        alerts.acknowledge(id, name(caller), clock.instant());
        return found(id);
    }

    /** Body: {@code {"technician": "tech.ana"}}. */
    @PostMapping("/api/alerts/{id}/assign")
    AlertView assign(@PathVariable String id, @RequestBody AssignRequest request) {
        found(id);
        if (request.technician() == null || request.technician().isBlank()) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid request", "technician is required");
        }
        alerts.assign(id, request.technician().strip());
        return found(id);
    }

    /** Body (optional): {@code {"note": "replaced thermostat"}}. */
    @PostMapping("/api/alerts/{id}/resolve")
    AlertView resolve(@PathVariable String id, @RequestBody(required = false) ResolveRequest request,
                      Principal caller) {
        found(id);
        alerts.resolve(id, name(caller), clock.instant(), request == null ? null : request.note());
        return found(id);
    }

    /**
     * What to book for this alert at a workshop: the service its rule calls for (falling back to a diagnostic scan
     * when the workshop lacks that service) and the first free slots of the next two weeks. Holding one of them with
     * {@code alertId} set links the booking to the alert.
     */
    @GetMapping("/api/alerts/{id}/booking-suggestion")
    BookingSuggestion bookingSuggestion(@PathVariable String id, @RequestParam UUID workshopId,
                                        @RequestParam(defaultValue = "10") int limit) {
        AlertView alert = found(id);
        String code = AlertServices.serviceCodeFor(alert.rule());
        ServiceType service = workshops.serviceTypeByCode(workshopId, code)
                .or(() -> workshops.serviceTypeByCode(workshopId, AlertServices.DIAGNOSTIC_SCAN))
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No matching service",
                        "Workshop " + workshopId + " offers neither " + code + " nor "
                                + AlertServices.DIAGNOSTIC_SCAN));
        Instant now = clock.instant();
        List<Slot> slots = bookings.availability(workshopId, service.id(), now, now.plus(Duration.ofDays(14)),
                Duration.ofMinutes(30), Math.max(1, Math.min(limit, 50)));
        return new BookingSuggestion(alert.alertId(), alert.vin(), workshopId, service.id(), service.code(),
                service.name(), slots);
    }

    record AssignRequest(String technician) {
    }

    record ResolveRequest(String note) {
    }

    record BookingSuggestion(String alertId, String vin, UUID workshopId, long serviceTypeId, String serviceCode,
                             String serviceName, List<Slot> slots) {
    }

    private AlertView found(String id) {
        return alerts.find(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Unknown alert",
                "No alert " + id));
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }

    // until identity is wired every caller is "anonymous"; afterwards the JWT subject
    private static String name(Principal caller) {
        return caller == null ? "anonymous" : caller.getName();
    }
}
