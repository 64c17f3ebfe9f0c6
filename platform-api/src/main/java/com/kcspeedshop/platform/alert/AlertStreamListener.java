package com.kcspeedshop.platform.alert;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.EventDecodingException;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.platform.push.PushService;
import com.kcspeedshop.platform.push.PushStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the alert fast path ({@value Topics#ALERTS}, at-least-once with deterministic ids): records each lifecycle
 * event (idempotently, so the Flink job's own PostgreSQL write and this one agree, and a redelivery is a no-op) and
 * queues push notifications for the vehicle's owner and authorised workshops. One consumer group across all API
 * instances: each event is handled once (and would be harmless twice: the push outbox deduplicates too).
 */
@Component
class AlertStreamListener {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStreamListener.class);

    private final AlertStore alerts;
    private final PushStore pushStore;
    private final PushService push;

    AlertStreamListener(AlertStore alerts, PushStore pushStore, PushService push) {
        this.alerts = alerts;
        this.pushStore = pushStore;
        this.push = push;
    }

    @KafkaListener(id = "alert-stream", topics = Topics.ALERTS,
            groupId = "${kcspeedshop.alerts.group-id:platform-api-alerts}")
    void onRecord(ConsumerRecord<String, byte[]> record) {
        Alert alert;
        try {
            alert = Events.ALERT.decode(record.value());
        } catch (EventDecodingException e) {
            LOG.warn("skipping undecodable alert {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return;
        }
        alerts.apply(alert);
        int queued = push.onAlert(alert, pushStore.recipients(alert.vin()));
        LOG.debug("alert {} {} of {}: {} push notifications queued", alert.alertId(), alert.state(), alert.vin(),
                queued);
    }
}
