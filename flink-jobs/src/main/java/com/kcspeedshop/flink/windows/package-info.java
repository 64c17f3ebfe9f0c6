/**
 * The signal-windows job: per vehicle and signal, event-time tumbling windows (10 s by default) of OBD-II readings,
 * reduced to min, max, mean and count, written to Kafka ({@code vehicle.signal-windows.v1}) and PostgreSQL.
 *
 * <p>Invariants:
 * <ul>
 *   <li>A window is identified by (vin, signal, windowStart); both sinks key on it, so replays are idempotent.</li>
 *   <li>Every emitted window satisfies {@code min <= mean <= max} and {@code count >= 1}, even where floating-point
 *       summation would push the mean a hair outside [min, max].</li>
 *   <li>Readings enter through the shared ingest stage ({@link com.kcspeedshop.flink.ingest.IngestStage}):
 *       duplicates by (source, sequence) are dropped, undecodable records go to the dead-letter topic with a reason,
 *       late readings (including the few the window operator itself finds late) go to the late-readings topic and
 *       are counted; none of them fails the job.</li>
 *   <li>The job's source and sinks are injected ({@link com.kcspeedshop.flink.windows.SignalWindowJob#build}); only
 *       {@link com.kcspeedshop.flink.windows.SignalWindowJob#wireProduction} knows about Kafka and PostgreSQL.</li>
 *   <li>Configuration is read and validated in one place, {@link com.kcspeedshop.flink.windows.SignalWindowJobConfig},
 *       before anything is built.</li>
 * </ul>
 */
package com.kcspeedshop.flink.windows;
