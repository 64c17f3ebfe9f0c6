package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the health job's output goes. Production passes Kafka and PostgreSQL sinks; tests and the replay command pass
 * their own.
 *
 * @param scoreTopic     every health score (production: Kafka, exactly-once, keyed by VIN)
 * @param anomalyTopic   every anomaly (production: Kafka, exactly-once, keyed by VIN)
 * @param alertTopic     every alert lifecycle event (production: Kafka, at-least-once fast path, keyed by VIN)
 * @param scoreTable     health-score history (production: PostgreSQL upserts)
 * @param alertTable     alert history (production: PostgreSQL upserts)
 * @param deadLetters    undecodable records of all three inputs, with the reason
 * @param lateReadings   readings the watermark had already passed
 * @param lateDtcReports trouble-code reports the watermark had already passed
 */
public record HealthSinks(Sink<HealthScore> scoreTopic, Sink<Anomaly> anomalyTopic, Sink<Alert> alertTopic,
                          Sink<HealthScore> scoreTable, Sink<Alert> alertTable, Sink<DeadLetter> deadLetters,
                          Sink<ObdReading> lateReadings, Sink<DtcReport> lateDtcReports) {

    public HealthSinks {
        Objects.requireNonNull(scoreTopic, "scoreTopic");
        Objects.requireNonNull(anomalyTopic, "anomalyTopic");
        Objects.requireNonNull(alertTopic, "alertTopic");
        Objects.requireNonNull(scoreTable, "scoreTable");
        Objects.requireNonNull(alertTable, "alertTable");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(lateReadings, "lateReadings");
        Objects.requireNonNull(lateDtcReports, "lateDtcReports");
    }
}
