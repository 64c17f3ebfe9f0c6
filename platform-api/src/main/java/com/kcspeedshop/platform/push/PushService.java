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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** The longest one device's send may take: the sender's connect plus request timeouts. */
    static final Duration SEND_BUDGET = PushSender.CONNECT_TIMEOUT.plus(PushSender.REQUEST_TIMEOUT);
    /** No retry waits longer than this, however many attempts came before. */
    static final Duration MAX_RETRY_DELAY = Duration.ofHours(6);

    private final PushStore store;
    private final PushSender sender;
    private final Clock clock;
    private final Delivery delivery;

    /**
     * How the outbox worker paces itself.
     *
     * @param retryAfter   wait after the first attempt no push service answered; doubled for each further attempt
     * @param lease        how long a claimed batch is this worker's alone before it starts on it; each user's sends
     *                     renew it for as long as they may take. A dead worker's messages are taken over afterwards
     * @param maxAttempts  attempts without an answer before a message is given up
     */
    public record Delivery(Duration retryAfter, Duration lease, int maxAttempts) {
        public Delivery {
            if (lease.compareTo(SEND_BUDGET.multipliedBy(2)) < 0 || maxAttempts < 1 || retryAfter.isNegative()) {
                throw new IllegalArgumentException("the push lease must be at least " + SEND_BUDGET.multipliedBy(2)
                        + " (two sends), max-attempts at least 1 and retry-after not negative; got " + this);
            }
        }
    }

    public PushService(PushStore store, PushSender sender, Clock clock, Delivery delivery) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.delivery = delivery;
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

    /**
     * Claims up to {@code limit} due messages and sends them, one message per user; returns how many were claimed.
     * No database transaction is open while a push service is called: the claim, each user's outcome and the
     * subscriptions' bookkeeping are separate short statements. Safe to run on several instances at once.
     */
    public int deliverDue(int limit) {
        UUID claim = UUID.randomUUID();
        Instant claimedAt = clock.instant();
        Map<String, List<PushStore.OutboxMessage>> byUser = new LinkedHashMap<>();
        List<PushStore.OutboxMessage> claimed = store.claimDue(claim, claimedAt, claimedAt.plus(delivery.lease()),
                limit);
        for (PushStore.OutboxMessage m : claimed) {
            byUser.computeIfAbsent(m.username(), u -> new ArrayList<>()).add(m);
        }
        for (List<PushStore.OutboxMessage> messages : byUser.values()) {
            List<PushSubscription> devices = store.subscriptions(messages.get(0).username());
            // renew the lease to cover these sends before starting them: a batch that took longer than its lease may
            // have been taken over by another worker, and then this one must not send
            Instant sendsEnd = clock.instant().plus(SEND_BUDGET.multipliedBy(Math.max(1, devices.size())));
            int held = store.extendLease(ids(messages), claim, sendsEnd);
            if (held < messages.size()) {
                store.release(ids(messages), claim);
                LOG.info("push batch {} lost its lease on messages of {}; another worker has them", claim,
                        messages.get(0).username());
                continue;
            }
            record(claim, messages, deliver(messages, devices));
        }
        return claimed.size();
    }

    private PushStore.Outcome deliver(List<PushStore.OutboxMessage> messages, List<PushSubscription> devices) {
        if (devices.isEmpty()) {
            return PushStore.Outcome.NO_DEVICE; // nothing to push to; the alert is still in the app
        }
        boolean urgent = messages.stream().anyMatch(m -> m.severity() == AlertSeverity.CRITICAL);
        byte[] payload = payload(messages);
        boolean anyDelivered = false;
        boolean anyRetry = false;
        for (PushSubscription device : devices) {
            switch (sender.send(device, payload, urgent)) {
                case DELIVERED -> {
                    store.delivered(device.id(), clock.instant());
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
        if (anyDelivered) {
            return PushStore.Outcome.DELIVERED;
        }
        // no device got it and some may later: try again (a device that did get it must not get it twice)
        return anyRetry ? null : PushStore.Outcome.REJECTED;
    }

    /** {@code outcome} null: retry later. */
    private void record(UUID claim, List<PushStore.OutboxMessage> messages, PushStore.Outcome outcome) {
        Instant now = clock.instant();
        List<Long> ids = ids(messages);
        int held = outcome != null ? store.finish(ids, claim, outcome, now)
                : store.retryLater(ids, claim, now, delivery.retryAfter(), MAX_RETRY_DELAY, delivery.maxAttempts());
        if (held < ids.size()) {
            LOG.warn("push batch {} lost the lease on {} of {} messages before recording their outcome", claim,
                    ids.size() - held, ids.size());
        } else if (outcome == null) {
            LOG.info("push to {} postponed: no push service answered", messages.get(0).username());
        }
    }

    private static List<Long> ids(List<PushStore.OutboxMessage> messages) {
        return messages.stream().map(PushStore.OutboxMessage::id).toList();
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
