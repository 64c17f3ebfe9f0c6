package com.kcspeedshop.platform.live;

import com.kcspeedshop.events.EventDecodingException;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@value Topics#SIGNAL_WINDOWS} and hands every decodable window to the hub. A record that does not decode
 * is logged with its position and reason and skipped: the live view is best-effort and the Flink job already
 * dead-letters bad input, so one bad record must not stall the feed.
 */
@Component
class SignalWindowListener {

    private static final Logger LOG = LoggerFactory.getLogger(SignalWindowListener.class);

    private final LiveSignalHub hub;

    SignalWindowListener(LiveSignalHub hub) {
        this.hub = hub;
    }

    @KafkaListener(id = "live-signal-windows", topics = Topics.SIGNAL_WINDOWS,
            groupId = "${kcspeedshop.live.group-id}")
    void onRecord(ConsumerRecord<String, byte[]> record) {
        SignalWindow window;
        try {
            window = Events.SIGNAL_WINDOW.decode(record.value());
        } catch (EventDecodingException e) {
            LOG.warn("skipping undecodable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return;
        }
        hub.publish(window);
    }
}
