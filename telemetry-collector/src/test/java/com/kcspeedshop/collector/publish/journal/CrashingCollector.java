package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.collector.publish.KafkaPublisherConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child JVM of {@code JournaledPublisherIT}'s crash test: publishes readings 0, 1, 2... about 10,000 per second
 * until it is killed with SIGKILL, never closing anything. Every 500 readings it prints
 * {@code PUBLISHED <count> ACKNOWLEDGED <count>} so the parent knows the crash will land mid-stream.
 *
 * <p>Arguments: journal directory, bootstrap servers, topic, and optionally a cycle size: then it publishes
 * {@link Readings#cycle poll cycles} of that many readings through {@code publishCycle} (counting readings).
 */
public final class CrashingCollector {

    private CrashingCollector() {
    }

    public static void main(String[] args) throws InterruptedException {
        JournaledPublisherSettings settings = JournaledPublisherSettings.of(JournalSettings.of(Path.of(args[0])),
                KafkaPublisherConfig.of(args[1]).withTopic(args[2]).withTimeouts(Duration.ofSeconds(1),
                        Duration.ofMinutes(2)));
        JournaledPublisher publisher = JournaledPublisher.open(settings);
        int cycleSize = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (long i = 0; ; i++) {
            if (cycleSize == 1) {
                publisher.publish(Readings.reading(i));
            } else if (i % cycleSize == 0) {
                publisher.publishCycle(Readings.cycle(i / cycleSize, cycleSize));
            }
            if ((i + 1) % 500 == 0) {
                System.out.println("PUBLISHED " + (i + 1) + " ACKNOWLEDGED " + publisher.journalStats().acknowledged());
                System.out.flush();
            }
            if (i % 10 == 0) {
                Thread.sleep(1);
            }
        }
    }
}
