package com.kcspeedshop.platform.alert;

import com.kcspeedshop.events.Vin;
import com.kcspeedshop.platform.booking.BookingService;
import com.kcspeedshop.platform.booking.BookingStore;
import com.kcspeedshop.platform.booking.ServiceType;
import com.kcspeedshop.platform.booking.Slot;
import com.kcspeedshop.platform.identity.Caller;
import com.kcspeedshop.platform.maintenance.MaintenanceStore;
import com.kcspeedshop.platform.vehicle.VehicleAccess;
import com.kcspeedshop.platform.vehicle.VehicleAction;
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
    private final VehicleAccess access;
    private final MaintenanceStore maintenance;
    private final Clock clock = Clock.systemUTC();

    AlertController(AlertStore alerts, BookingService bookings, BookingStore workshops, VehicleAccess access,
                    MaintenanceStore maintenance) {
        this.maintenance = maintenance;
        this.alerts = alerts;
        this.bookings = bookings;
        this.workshops = workshops;
        this.access = access;
    }

    /**
     * Newest first, of the vehicles the caller may see; {@code ?active=true} for those still needing attention,
     * {@code ?vin=} for one vehicle.
     */
    @GetMapping("/api/alerts")
    List<AlertView> list(@RequestParam(required = false) String vin,
                         @RequestParam(defaultValue = "false") boolean active,
                         @RequestParam(defaultValue = "200") int limit, Caller caller) {
        int max = Math.max(1, Math.min(limit, 1000));
        if (vin != null) {
            if (!Vin.isWellFormed(vin)) {
                throw problem(HttpStatus.BAD_REQUEST, "Invalid VIN", "'" + vin + "' is not a well-formed VIN");
            }
            access.require(caller, vin, VehicleAction.READ_SIGNALS);
            return alerts.list(List.of(vin), active, max);
        }
        return alerts.list(caller.fleetWide() ? null : List.copyOf(access.visibleVins(caller)), active, max);
    }

    @GetMapping("/api/alerts/{id}")
    AlertView alert(@PathVariable String id, Caller caller) {
        return visible(id, caller, VehicleAction.READ_SIGNALS);
    }

    @PostMapping("/api/alerts/{id}/acknowledge")
    AlertView acknowledge(@PathVariable String id, Caller caller) {
        visible(id, caller, VehicleAction.HANDLE_ALERTS);
        alerts.acknowledge(id, caller.subject(), clock.instant());
        return found(id);
    }

    /** Body: {@code {"technician": "tech.ana"}}; workshop staff and operators only. */
    @PostMapping("/api/alerts/{id}/assign")
    AlertView assign(@PathVariable String id, @RequestBody AssignRequest request, Caller caller) {
        visible(id, caller, VehicleAction.ASSIGN_ALERTS);
        if (request.technician() == null || request.technician().isBlank()) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid request", "technician is required");
        }
        alerts.assign(id, request.technician().strip());
        return found(id);
    }

    /** Body (optional): {@code {"note": "replaced thermostat"}}. */
    @PostMapping("/api/alerts/{id}/resolve")
    AlertView resolve(@PathVariable String id, @RequestBody(required = false) ResolveRequest request,
                      Caller caller) {
        visible(id, caller, VehicleAction.HANDLE_ALERTS);
        alerts.resolve(id, caller.subject(), clock.instant(), request == null ? null : request.note());
        return found(id);
    }

    /**
     * What to book for this alert at a workshop: the service its rule calls for (falling back to a diagnostic scan
     * when the workshop lacks that service) and the first free slots of the next two weeks. Holding one of them with
     * {@code alertId} set links the booking to the alert.
     */
    @GetMapping("/api/alerts/{id}/booking-suggestion")
    BookingSuggestion bookingSuggestion(@PathVariable String id, @RequestParam UUID workshopId,
                                        @RequestParam(defaultValue = "10") int limit, Caller caller) {
        AlertView alert = visible(id, caller, VehicleAction.BOOK);
        // a maintenance reminder names its own service (OIL_CHANGE, ...); other rules map by kind
        String code = maintenance.serviceCodeForAlert(alert.alertId())
                .orElseGet(() -> AlertServices.serviceCodeFor(alert.rule()));
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

    /** The alert when the caller may do {@code action} to its vehicle; the vehicle's 404/403 otherwise. */
    private AlertView visible(String id, Caller caller, VehicleAction action) {
        AlertView alert = alerts.find(id).orElse(null);
        if (alert == null) {
            throw problem(HttpStatus.NOT_FOUND, "Unknown alert", "No alert " + id + " that you may see");
        }
        try {
            access.require(caller, alert.vin(), action);
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() == 404) {
                // an alert of an invisible vehicle is as unknown as one that does not exist
                throw problem(HttpStatus.NOT_FOUND, "Unknown alert", "No alert " + id + " that you may see");
            }
            throw e;
        }
        return alert;
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
