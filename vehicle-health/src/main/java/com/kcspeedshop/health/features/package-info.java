/**
 * Per-vehicle features: windowed statistics (10 s, 1 min, 10 min tumbling windows aligned to epoch multiples, constant
 * size) of raw signals and of derived signals with diagnostic meaning (total fuel trim, warm-up rate, idle RPM jitter,
 * resting vs charging voltage, air-flow ratio, catalyst delta). A derived signal exists only when its inputs are fresh.
 */
package com.kcspeedshop.health.features;
