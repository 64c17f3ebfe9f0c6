package com.kcspeedshop.platform.push;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns alert events into push notifications: {@link #onAlert} queues one outbox row per recipient as their
 * preferences say ({@link PushPolicy}), and {@link #deliverDue} sends what is due, one message per user (a digest
 * when several are due together) to each of the user's devices.
 */
public class PushService {

    private static final Logger LOG = LoggerFactory.getLogger(PushService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PushStore store;
    private final PushSender sender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration retryAfter;

    public PushService(PushStore store, PushSender sender, TransactionTemplate tx, Clock clock, Duration retryAfter) {
        this.store = store;
        this.sender = sender;
        this.tx = tx;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    /** Queues the alert for each of {@code recipients} who wants it; returns how many rows were new. */
    public int onAlert(Alert alert, Collection<String> recipients) {
        Instant now = clock.instant();
        int queued = 0;
        for (String user : recipients) {
            Optional<Instant> due = PushPolicy.dueAt(alert, store.preferences(user), now);
            if (due.isPresent() && store.enqueue(user, message(alert), due.get())) {
                queued++;
            }
        }
        return queued;
    }

    /** Sends every due message; returns how many users got something. Safe to run on several instances at once. */
    public int deliverDue(int limit) {
        Integer users = tx.execute(status -> {
            Instant now = clock.instant();
            Map<String, List<PushStore.OutboxMessage>> byUser = new LinkedHashMap<>();
            for (PushStore.OutboxMessage m : store.claimDue(now, limit)) {
                byUser.computeIfAbsent(m.username(), u -> new ArrayList<>()).add(m);
            }
            int reached = 0;
            for (Map.Entry<String, List<PushStore.OutboxMessage>> e : byUser.entrySet()) {
                if (deliver(e.getKey(), e.getValue(), now)) {
                    reached++;
                }
            }
            return reached;
        });
        return users == null ? 0 : users;
    }

    private boolean deliver(String user, List<PushStore.OutboxMessage> messages, Instant now) {
        List<PushSubscription> devices = store.subscriptions(user);
        if (devices.isEmpty()) {
            return false; // nothing to push to; the alert is still in the app
        }
        boolean urgent = messages.stream().anyMatch(m -> m.severity() == AlertSeverity.CRITICAL);
        byte[] payload = payload(messages);
        boolean anyDelivered = false;
        boolean anyRetry = false;
        for (PushSubscription device : devices) {
            switch (sender.send(device, payload, urgent)) {
                case DELIVERED -> {
                    store.delivered(device.id(), now);
                    anyDelivered = true;
                }
                case GONE -> store.forget(device.id());
                case RETRY -> {
                    store.failed(device.id());
                    anyRetry = true;
                }
                case REJECTED -> store.failed(device.id());
            }
        }
        if (!anyDelivered && anyRetry) {
            // no device got it and some may later: try again (a device that did get it must not get it twice)
            store.reschedule(messages.stream().map(PushStore.OutboxMessage::id).toList(), now.plus(retryAfter));
            LOG.info("push to {} postponed by {}: no push service answered", user, retryAfter);
        }
        return anyDelivered;
    }

    static PushStore.OutboxMessage message(Alert alert) {
        String verb = alert.state() == AlertState.CLEARED ? "Resolved: " : "";
        String title = verb + humanRule(alert.rule());
        // the outbox's dedup key: once per severity while active, once when cleared
        String key = alert.state() == AlertState.CLEARED ? "CLEARED" : "ACTIVE_" + alert.severity().name();
        return new PushStore.OutboxMessage(0, null, alert.alertId(), key, alert.severity(), alert.vin(), title,
                alert.message());
    }

    static byte[] payload(List<PushStore.OutboxMessage> messages) {
        ObjectNode json = JSON.createObjectNode();
        if (messages.size() == 1) {
            PushStore.OutboxMessage m = messages.get(0);
            json.put("title", m.title());
            json.put("body", m.body());
            json.put("url", "/#vehicle/" + m.vin());
            json.put("alertId", m.alertId());
            json.put("severity", m.severity().name());
        } else {
            json.put("title", messages.size() + " vehicle alerts");
            StringBuilder body = new StringBuilder();
            for (PushStore.OutboxMessage m : messages) {
                body.append(m.title()).append(" (").append(m.vin(), 11, 17).append(")\n");
            }
            json.put("body", body.toString().strip());
            json.put("url", "/#alerts");
            json.putArray("alertIds").addAll(messages.stream().map(m -> JSON.getNodeFactory().textNode(m.alertId()))
                    .toList());
        }
        byte[] bytes = JSON.writeValueAsBytes(json);
        if (bytes.length > WebPushEncryption.MAX_PLAINTEXT) {
            // a digest of very many alerts: say how many and let the app show them
            ObjectNode shortForm = JSON.createObjectNode();
            shortForm.put("title", messages.size() + " vehicle alerts");
            shortForm.put("body", "Open the app to see them");
            shortForm.put("url", "/#alerts");
            bytes = JSON.writeValueAsBytes(shortForm);
        }
        return bytes;
    }

    private static String humanRule(String rule) {
        String words = rule.replace('_', ' ').replace('-', ' ');
        return words.isEmpty() ? rule : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
