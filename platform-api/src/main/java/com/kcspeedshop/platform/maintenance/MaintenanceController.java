package com.kcspeedshop.platform.maintenance;

import com.kcspeedshop.events.Vin;
import com.kcspeedshop.platform.identity.Caller;
import com.kcspeedshop.platform.vehicle.VehicleAccess;
import com.kcspeedshop.platform.vehicle.VehicleAction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vehicle's maintenance: its schedules with where each stands (due by distance or time, whichever comes first), and
 * its service records. Reading needs the vehicle's details; writing is for its owner and authorised workshops.
 */
@RestController
class MaintenanceController {

    private final MaintenanceService maintenance;
    private final MaintenanceStore store;
    private final VehicleAccess access;

    MaintenanceController(MaintenanceService maintenance, MaintenanceStore store, VehicleAccess access) {
        this.maintenance = maintenance;
        this.store = store;
        this.access = access;
    }

    @GetMapping("/api/vehicles/{vin}/maintenance")
    List<MaintenanceService.Item> schedules(@PathVariable String vin, Caller caller) {
        access.require(caller, valid(vin), VehicleAction.READ_DETAILS);
        return maintenance.overview(vin);
    }

    /** Body: {@code {"name":"Oil change","serviceCode":"OIL_CHANGE","everyKm":15000,"everyMonths":12}}. */
    @PostMapping("/api/vehicles/{vin}/maintenance/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    Schedule create(@PathVariable String vin, @RequestBody NewSchedule body, Caller caller) {
        access.require(caller, valid(vin), VehicleAction.MAINTAIN);
        if (body.name() == null || body.name().isBlank() || body.name().length() > 200) {
            throw new MaintenanceProblems.Invalid("name is required (at most 200 characters)");
        }
        try {
            return maintenance.create(vin, body.name().strip(), body.serviceCode(), body.everyKm(),
                    body.everyMonths(), body.remindKm(), body.remindDays(), body.lastDoneKm(), body.lastDoneOn(),
                    caller.subject());
        } catch (IllegalArgumentException e) {
            throw new MaintenanceProblems.Invalid(e.getMessage());
        }
    }

    @DeleteMapping("/api/vehicles/{vin}/maintenance/schedules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String vin, @PathVariable UUID id, Caller caller) {
        access.require(caller, valid(vin), VehicleAction.MAINTAIN);
        if (!store.delete(vin, id)) {
            throw new MaintenanceProblems.UnknownSchedule(id);
        }
    }

    @GetMapping("/api/vehicles/{vin}/maintenance/records")
    List<ServiceRecord> records(@PathVariable String vin, Caller caller) {
        access.require(caller, valid(vin), VehicleAction.READ_DETAILS);
        return store.records(vin);
    }

    /** Body: {@code {"scheduleId":..., "performedOn":"2026-11-20", "odometerKm":55210, "description":"..."}}. */
    @PostMapping("/api/vehicles/{vin}/maintenance/records")
    @ResponseStatus(HttpStatus.CREATED)
    ServiceRecord log(@PathVariable String vin, @RequestBody NewRecord body, Caller caller) {
        access.require(caller, valid(vin), VehicleAction.MAINTAIN);
        if (body.performedOn() == null || body.odometerKm() == null || body.odometerKm() < 0
                || body.description() == null || body.description().isBlank()) {
            throw new MaintenanceProblems.Invalid("performedOn, odometerKm (not negative) and description are required");
        }
        if (body.performedOn().isAfter(LocalDate.now().plusDays(1))) {
            throw new MaintenanceProblems.Invalid("a service cannot be logged for a future date: " + body.performedOn());
        }
        return maintenance.log(vin, body.scheduleId(), body.performedOn(), body.odometerKm(),
                body.description().strip(), body.bookingId(), caller.subject());
    }

    record NewSchedule(String name, String serviceCode, Integer everyKm, Integer everyMonths, Integer remindKm,
                       Integer remindDays, Integer lastDoneKm, LocalDate lastDoneOn) {
    }

    record NewRecord(UUID scheduleId, LocalDate performedOn, Integer odometerKm, String description,
                     UUID bookingId) {
    }

    private static String valid(String vin) {
        if (!Vin.isWellFormed(vin)) {
            throw new MaintenanceProblems.Invalid("'" + vin + "' is not a well-formed VIN");
        }
        return vin;
    }
}
