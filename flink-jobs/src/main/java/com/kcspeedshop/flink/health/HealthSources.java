package com.kcspeedshop.flink.health;

import com.kcspeedshop.flink.io.KafkaRecord;
import java.util.Objects;
import org.apache.flink.api.connector.source.Source;

/**
 * The health job's raw inputs; each hands over undecoded records, so a corrupt one becomes a dead letter.
 *
 * @param readings     reading records: ObdReadingBatch (one per poll cycle) or ObdReading
 * @param dtcReports   DtcReport records
 * @param modelUpdates ModelUpdate records of the control topic
 */
public record HealthSources(Source<KafkaRecord, ?, ?> readings, Source<KafkaRecord, ?, ?> dtcReports,
                            Source<KafkaRecord, ?, ?> modelUpdates) {

    public HealthSources {
        Objects.requireNonNull(readings, "readings");
        Objects.requireNonNull(dtcReports, "dtcReports");
        Objects.requireNonNull(modelUpdates, "modelUpdates");
    }
}
