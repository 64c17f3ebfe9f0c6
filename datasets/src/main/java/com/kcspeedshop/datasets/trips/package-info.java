/**
 * Readers for the real OBD-II trip logs of {@code ../shared/datasets/obd-real/}: the KIT Seat Leon logs
 * ({@link com.kcspeedshop.datasets.trips.TripLogFormat#KIT}) and the carOBD Toyota Etios logs
 * ({@link com.kcspeedshop.datasets.trips.TripLogFormat#CAROBD}).
 *
 * <p>They live here, not in the collector, because three modules read the same trips: the collector replays them into
 * Kafka, the Flink jobs replay them offline through the health graph, and model training learns normal driving from
 * them. A column maps to the signal names and units of the collector's OBD PID table, a bad row is skipped with its line
 * number and reason, never fatal, and readings come out in recorded order.
 */
package com.kcspeedshop.datasets.trips;
