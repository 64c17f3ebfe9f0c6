/**
 * The shared ground rules for measuring a detector on the real recorded trips, so that every evaluation (the engine's
 * {@code TripEvaluation} in this module's tests, model-training's anomaly evaluation) replays the same readings and
 * injects the same faults at the same moments, and their figures compare.
 *
 * <ul>
 *   <li>{@link com.kcspeedshop.health.evaluation.RecordedTrips}: a folder of recorded trip logs as the readings our
 *       collector would have sent, one synthetic VIN per trip, in a fixed order.</li>
 *   <li>{@link com.kcspeedshop.health.evaluation.FaultOnsets}: where in a trip a fault starts (one fixed rule, never
 *       tuned per file), the detection window that must follow it, and the injector seeds.</li>
 * </ul>
 *
 * <p>Invariant: changing either class changes every published evaluation figure at once; that is the point of having
 * one copy.
 */
package com.kcspeedshop.health.evaluation;
