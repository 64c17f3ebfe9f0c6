package com.kcspeedshop.platform.vehicle;

import com.kcspeedshop.events.Vin;
import com.kcspeedshop.platform.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/vehicles}: the vehicles the caller may see and the latest window of each of their signals. */
@RestController
@RequestMapping("/api/vehicles")
class VehicleController {

    private final VehicleQueries queries;
    private final VehicleAccess access;

    VehicleController(VehicleQueries queries, VehicleAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Operation(summary = "The vehicles the caller may see, ordered by VIN")
    @GetMapping
    List<VehicleSummary> vehicles(Caller caller) {
        return queries.vehicles(caller);
    }

    @Operation(summary = "The newest window per signal of one vehicle, ordered by signal",
            description = "400 for a malformed VIN; 404 for a vehicle that does not exist or that the caller may not see")
    @GetMapping("/{vin}/signals/latest")
    List<LatestSignal> latestSignals(@PathVariable String vin, Caller caller) {
        if (!Vin.isWellFormed(vin)) {
            throw new VehicleProblems.InvalidVin(vin);
        }
        access.require(caller, vin, VehicleAction.READ_SIGNALS);
        return queries.latestSignals(vin);
    }
}
