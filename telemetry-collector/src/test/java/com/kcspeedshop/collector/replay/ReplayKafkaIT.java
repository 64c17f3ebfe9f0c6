package com.kcspeedshop.collector.replay;

import com.kcspeedshop.datasets.trips.RecordedReading;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.datasets.trips.TripLogReader;
import com.kcspeedshop.collector.TopicRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.kcspeedshop.collector.cli.CollectorCli;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** {@code kcs-collector replay} of a short real log at max speed into the real in-process broker, read back. */
class ReplayKafkaIT {

    @Test
    void shouldPublishEveryReadingOfARealLogKeyedByVinWithIncreasingSequences() throws Exception {
        Path file = RealLogs.carObd("drive7.csv");
        TripLog expected = TripLogReader.read(file, null);
        EmbeddedKafka kafka = SharedInfrastructure.kafka();
        String topic = "replay-it-" + UUID.randomUUID();
        kafka.createTopics(3, topic);
        StringWriter out = new StringWriter();
        Instant before = Instant.now();

        int exit = CollectorCli.commandLine().setOut(new PrintWriter(out)).execute("replay", "--file", file.toString(),
                "--speed", "max", "--bootstrap-servers", kafka.bootstrapServers(), "--topic", topic);

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("13,925 readings").contains("done: readings sent 13,925, send errors 0");
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readReadings(kafka.bootstrapServers(), topic,
                expected.readings().size());
        List<ObdReading> readings = TopicRecords.readings(records);
        assertThat(readings).hasSize(expected.readings().size());
        assertThat(readings).extracting(ObdReading::signal, ObdReading::value).containsExactlyElementsOf(
                expected.readings().stream().map(r -> tuple(r.signal(), r.value())).toList());
        // one record per logged row (one capture time), holding that row's readings
        assertThat(records).hasSize((int) expected.readings().stream().map(RecordedReading::line).distinct().count());
        assertThat(records).allSatisfy(record -> assertThat(TopicRecords.batch(record).readings())
                .extracting(ObdReading::capturedAt).containsOnly(TopicRecords.batch(record).capturedAt()));
        String vin = ReplaySettings.vinFor("drive7");
        assertThat(records).allSatisfy(record -> assertThat(record.key()).isEqualTo(vin));
        assertThat(records.stream().map(ConsumerRecord::partition).collect(Collectors.toSet())).hasSize(1);
        assertThat(readings).allSatisfy(reading -> {
            assertThat(reading.source()).isEqualTo("replay-drive7");
            assertThat(reading.capturedAt()).isAfterOrEqualTo(before.minusSeconds(1)); // shifted to now
        });
        for (int i = 1; i < readings.size(); i++) { // one partition: Kafka order is publish order
            assertThat(readings.get(i).sequence()).isGreaterThan(readings.get(i - 1).sequence());
        }
        Set<String> signals = readings.stream().map(ObdReading::signal).collect(Collectors.toSet());
        assertThat(signals).hasSize(25).contains("ENGINE_RPM", "COOLANT_TEMP", "VEHICLE_SPEED");
        Duration span = Duration.between(readings.get(0).capturedAt(), readings.get(readings.size() - 1).capturedAt());
        assertThat(span).isEqualTo(Duration.between(expected.readings().get(0).recordedAt(),
                expected.readings().get(expected.readings().size() - 1).recordedAt()));
    }

}
