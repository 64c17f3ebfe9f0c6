/**
 * Seeded, documented fault injection into a trip's reading sequence (coolant sensor drift, stuck-open thermostat,
 * vacuum leak, failing alternator, misfire), shared with model training. Same trip + same spec = same output; a fault
 * whose signals a trip lacks is not applicable rather than silently injected into nothing.
 */
package com.kcspeedshop.health.fault;
