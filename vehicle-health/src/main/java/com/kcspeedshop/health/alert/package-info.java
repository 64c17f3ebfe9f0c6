/**
 * Alert rules with severity and hysteresis (separate raise and clear thresholds, on- and off-delays in event time).
 * Invariant: one episode per problem, RAISED once, UPDATED only on escalation or a material change, CLEARED once, all
 * with the same deterministic id (name-based UUID of vin, rule, subject and episode start).
 */
package com.kcspeedshop.health.alert;
