package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the job's output goes. Production passes Kafka and PostgreSQL sinks; tests pass their own.
 *
 * @param windowTopic  every emitted window, for downstream jobs (production: Kafka, keyed by VIN)
 * @param windowTable  every emitted window, for the API (production: PostgreSQL upserts)
 * @param deadLetters  undecodable records with the reason
 * @param lateReadings readings that arrived after the watermark had passed them (production: Kafka, keyed by VIN)
 */
public record SignalWindowSinks(Sink<SignalWindow> windowTopic, Sink<SignalWindow> windowTable,
                                Sink<DeadLetter> deadLetters, Sink<ObdReading> lateReadings) {

    public SignalWindowSinks {
        Objects.requireNonNull(windowTopic, "windowTopic");
        Objects.requireNonNull(windowTable, "windowTable");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(lateReadings, "lateReadings");
    }
}
