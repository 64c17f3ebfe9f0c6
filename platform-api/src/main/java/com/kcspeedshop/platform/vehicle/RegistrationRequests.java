package com.kcspeedshop.platform.vehicle;

import com.kcspeedshop.platform.vehicle.VehicleRegistry.AuthorisedWorkshop;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the vehicle registry. Odometer values are whole kilometres. */
final class RegistrationRequests {

    /** The highest reading accepted: far beyond any road vehicle, low enough to catch unit mix-ups (metres). */
    static final long MAX_ODOMETER_KM = 3_000_000;

    private RegistrationRequests() {
    }

    /** {@code POST /api/vehicles}: the caller registers a vehicle as its owner. */
    record Register(@NotBlank String vin, @PositiveOrZero @Max(MAX_ODOMETER_KM) Long odometerKm) {
    }

    /** {@code PUT /api/vehicles/{vin}/odometer}. */
    record Odometer(@NotNull @PositiveOrZero @Max(MAX_ODOMETER_KM) Long km) {
    }

    /** A vehicle's registration as its owner, its workshops and operators see it. */
    record Details(String vin, boolean registered, String ownerSubject, DecodedVin decoded, Long odometerKm,
                   Instant odometerUpdatedAt, Instant registeredAt, List<AuthorisedWorkshop> workshops,
                   Map<String, String> externalData) {
    }

    record OdometerReading(String vin, long km) {
    }
}
