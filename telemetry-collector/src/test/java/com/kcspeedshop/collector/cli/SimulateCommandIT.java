package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.TopicRecords;
import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code kcs-collector simulate} end to end, in real time, against the real in-process broker. */
class SimulateCommandIT {

    @Test
    void shouldPublishForTheGivenDurationPrintStatusAndReportWhatItSent() {
        EmbeddedKafka kafka = SharedInfrastructure.kafka();
        String topic = "sim-cli-it-" + UUID.randomUUID();
        kafka.createTopics(2, topic);
        StringWriter out = new StringWriter();
        CommandLine cli = CollectorCli.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int exit = cli.execute("simulate", "--vehicles", "2", "--bootstrap-servers", kafka.bootstrapServers(),
                "--rate-hz", "5", "--duration", "2500ms", "--topic", topic, "--source", "sim-cli-it",
                "--status-interval", "1s");

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("simulating 2 vehicles at 5.0 Hz", "[00:00:01] readings sent");
        Matcher done = Pattern.compile("done: readings sent ([\\d,]+), send errors 0, pending 0").matcher(out.toString());
        assertThat(done.find()).as(out.toString()).isTrue();
        int sent = Integer.parseInt(done.group(1).replace(",", ""));
        // 2.5 s at 5 Hz is ~13 ticks of 14 readings; allow for a slow start on a busy machine
        assertThat(sent).isBetween(14 * 5, 14 * 14).isEqualTo(sent / 14 * 14);

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readReadings(kafka.bootstrapServers(), topic, sent);
        List<ObdReading> readings = TopicRecords.readings(records);
        assertThat(readings).hasSize(sent).allSatisfy(r -> assertThat(r.source()).isEqualTo("sim-cli-it"));
        // one record per car and tick, holding that tick's seven signals
        assertThat(records).hasSize(sent / 7)
                .allSatisfy(record -> assertThat(TopicRecords.batch(record).size()).isEqualTo(7));
    }

}
