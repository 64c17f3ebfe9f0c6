package com.kcspeedshop.platform.vehicle;

import java.time.Instant;

/**
 * One vehicle as {@code GET /api/vehicles} lists it: when telemetry first and last arrived for it (both null for a
 * registered vehicle that has not sent anything yet).
 */
record VehicleSummary(String vin, Instant firstSeen, Instant lastSeen) {
}
