package com.kcspeedshop.platform.vehicle;

import com.kcspeedshop.events.Vin;
import com.kcspeedshop.platform.identity.Caller;
import com.kcspeedshop.platform.identity.Role;
import com.kcspeedshop.platform.vehicle.RegistrationRequests.Details;
import com.kcspeedshop.platform.vehicle.RegistrationRequests.Odometer;
import com.kcspeedshop.platform.vehicle.RegistrationRequests.OdometerReading;
import com.kcspeedshop.platform.vehicle.RegistrationRequests.Register;
import com.kcspeedshop.platform.vehicle.VehicleRegistry.AuthorisedWorkshop;
import com.kcspeedshop.platform.vehicle.VehicleRegistry.Registration;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vehicle registry: owners register by VIN, keep the odometer and authorise workshops; every route with a VIN
 * asks {@link VehicleAccess} first.
 */
@RestController
class RegistrationController {

    private final VehicleRegistry registry;
    private final VehicleAccess access;
    private final VinDecoder decoder;
    private final VinDataProvider provider;
    private final Clock clock = Clock.systemUTC();

    RegistrationController(VehicleRegistry registry, VehicleAccess access, VinDecoder decoder,
                           Optional<VinDataProvider> provider) {
        this.registry = registry;
        this.access = access;
        this.decoder = decoder;
        this.provider = provider.orElse(VinDataProvider.NONE);
    }

    @Operation(summary = "Decode a VIN offline (region, manufacturer, model year); 400 when invalid")
    @GetMapping("/api/vins/{vin}")
    DecodedVin decode(@PathVariable String vin) {
        return decoder.decode(vin);
    }

    @Operation(summary = "Register a vehicle to the caller (vehicle owners only); 409 when already registered")
    @PostMapping("/api/vehicles")
    ResponseEntity<Details> register(@Valid @RequestBody Register request, Caller caller) {
        if (!caller.has(Role.VEHICLE_OWNER)) {
            throw forbidden("Only vehicle owners register vehicles");
        }
        DecodedVin decoded = decoder.decode(request.vin());
        long km = request.odometerKm() == null ? 0 : request.odometerKm();
        if (!registry.register(decoded, caller.subject(), km, clock.instant())) {
            throw new VehicleProblems.AlreadyRegistered(decoded.vin());
        }
        return ResponseEntity.created(URI.create("/api/vehicles/" + decoded.vin()))
                .body(details(decoded.vin(), decoded));
    }

    @Operation(summary = "A vehicle's registration, odometer and authorised workshops")
    @GetMapping("/api/vehicles/{vin}")
    Details details(@PathVariable String vin, Caller caller) {
        requireVin(vin);
        access.require(caller, vin, VehicleAction.READ_DETAILS);
        return details(vin, decoder.describe(vin));
    }

    @Operation(summary = "Record an odometer reading; 409 when it is below the current one")
    @PutMapping("/api/vehicles/{vin}/odometer")
    OdometerReading odometer(@PathVariable String vin, @Valid @RequestBody Odometer request, Caller caller) {
        requireVin(vin);
        access.require(caller, vin, VehicleAction.UPDATE_ODOMETER);
        long stored = registry.updateOdometer(vin, request.km(), clock.instant());
        if (stored != request.km()) {
            throw new VehicleProblems.OdometerBackwards(vin, stored, request.km());
        }
        return new OdometerReading(vin, stored);
    }

    @Operation(summary = "The workshops the owner authorised for this vehicle")
    @GetMapping("/api/vehicles/{vin}/workshops")
    List<AuthorisedWorkshop> workshops(@PathVariable String vin, Caller caller) {
        requireVin(vin);
        access.require(caller, vin, VehicleAction.READ_DETAILS);
        return registry.grants(vin);
    }

    @Operation(summary = "Authorise a workshop for this vehicle (its owner only)")
    @PutMapping("/api/vehicles/{vin}/workshops/{workshopId}")
    ResponseEntity<Void> grant(@PathVariable String vin, @PathVariable UUID workshopId, Caller caller) {
        requireVin(vin);
        access.require(caller, vin, VehicleAction.MANAGE_WORKSHOPS);
        if (!registry.workshopExists(workshopId)) {
            throw new VehicleProblems.UnknownWorkshop(vin, workshopId);
        }
        registry.grant(vin, workshopId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Revoke a workshop's authorisation for this vehicle (its owner only)")
    @DeleteMapping("/api/vehicles/{vin}/workshops/{workshopId}")
    ResponseEntity<Void> revoke(@PathVariable String vin, @PathVariable UUID workshopId, Caller caller) {
        requireVin(vin);
        access.require(caller, vin, VehicleAction.MANAGE_WORKSHOPS);
        registry.revoke(vin, workshopId);
        return ResponseEntity.noContent().build();
    }

    private Details details(String vin, DecodedVin decoded) {
        Optional<Registration> registration = registry.registration(vin);
        Map<String, String> external = provider.lookUp(vin);
        return registration
                .map(r -> new Details(vin, true, r.ownerSubject(), decoded, r.odometerKm(), r.odometerUpdatedAt(),
                        r.registeredAt(), registry.grants(vin), external))
                .orElseGet(() -> new Details(vin, false, null, decoded, null, null, null, List.of(), external));
    }

    private static void requireVin(String vin) {
        if (!Vin.isWellFormed(vin)) {
            throw new VehicleProblems.InvalidVin(vin);
        }
    }

    private static ErrorResponseException forbidden(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
