package com.kcspeedshop.platform.vehicle;

import java.time.Instant;

/** One vehicle as {@code GET /api/vehicles} lists it: when telemetry first and last arrived for it. */
record VehicleSummary(String vin, Instant firstSeen, Instant lastSeen) {
}
