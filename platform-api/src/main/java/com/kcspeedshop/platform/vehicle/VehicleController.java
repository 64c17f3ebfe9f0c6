package com.kcspeedshop.platform.vehicle;

import com.kcspeedshop.events.Vin;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/vehicles}: the vehicles seen in telemetry and the latest window of each of their signals. */
@RestController
@RequestMapping("/api/vehicles")
class VehicleController {

    private final VehicleQueries queries;

    VehicleController(VehicleQueries queries) {
        this.queries = queries;
    }

    /** Every vehicle, ordered by VIN. */
    @GetMapping
    List<VehicleSummary> vehicles() {
        return queries.vehicles();
    }

    /** The newest window per signal of one vehicle, ordered by signal; 400 for a malformed VIN, 404 for an unknown. */
    @GetMapping("/{vin}/signals/latest")
    List<LatestSignal> latestSignals(@PathVariable String vin) {
        if (!Vin.isWellFormed(vin)) {
            throw new VehicleProblems.InvalidVin(vin);
        }
        return queries.latestSignals(vin).orElseThrow(() -> new VehicleProblems.UnknownVehicle(vin));
    }
}
