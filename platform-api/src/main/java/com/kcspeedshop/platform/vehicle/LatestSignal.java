package com.kcspeedshop.platform.vehicle;

import java.time.Instant;

/** The newest window of one signal of one vehicle: statistics over [windowStart, windowEnd). */
record LatestSignal(String signal, String unit, Instant windowStart, Instant windowEnd, double min, double max,
                    double mean, long count) {
}
