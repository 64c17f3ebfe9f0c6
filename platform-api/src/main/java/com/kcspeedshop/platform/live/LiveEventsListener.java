package com.kcspeedshop.platform.live;

import com.kcspeedshop.events.EventDecodingException;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands health scores and alert events to the live hub, like {@link SignalWindowListener} does with windows: with the
 * per-instance group id, so every instance pushes every event to its own clients. Undecodable records are skipped
 * with a log line.
 */
@Component
class LiveEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEventsListener.class);

    private final LiveSignalHub hub;

    LiveEventsListener(LiveSignalHub hub) {
        this.hub = hub;
    }

    @KafkaListener(id = "live-health-scores", topics = Topics.HEALTH_SCORES,
            groupId = "${kcspeedshop.live.group-id}", properties = "isolation.level=read_committed")
    void onHealthScore(ConsumerRecord<String, byte[]> record) {
        try {
            hub.publish(Events.HEALTH_SCORE.decode(record.value()));
        } catch (EventDecodingException e) {
            skip(record, e);
        }
    }

    @KafkaListener(id = "live-alerts", topics = Topics.ALERTS, groupId = "${kcspeedshop.live.group-id}")
    void onAlert(ConsumerRecord<String, byte[]> record) {
        try {
            hub.publish(Events.ALERT.decode(record.value()));
        } catch (EventDecodingException e) {
            skip(record, e);
        }
    }

    private static void skip(ConsumerRecord<String, byte[]> record, EventDecodingException e) {
        LOG.warn("skipping undecodable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                e.getMessage());
    }
}
