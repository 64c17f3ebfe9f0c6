package com.kcspeedshop.platform.live;

import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.HealthScore;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator.OverflowStrategy;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * The open {@code /ws/signals} sessions and the fan-out of each window to those that want it.
 *
 * <p>{@link #publish} only serialises once and hands one send per session to the send pool, so the Kafka thread never
 * waits for a socket. The decorator enforces the limits when a send finds the previous one still running.
 */
@Component
class LiveSignalHub implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSignalHub.class);

    private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final LiveMessages messages;
    private final ExecutorService sendPool;
    private final int sendTimeLimitMillis;
    private final int bufferSizeLimitBytes;

    @Autowired
    LiveSignalHub(LiveMessages messages, LiveProperties properties) {
        this(messages, properties, sendPool(properties.sendThreads()));
    }

    LiveSignalHub(LiveMessages messages, LiveProperties properties, ExecutorService sendPool) {
        this.messages = messages;
        this.sendPool = sendPool;
        this.sendTimeLimitMillis = Math.toIntExact(properties.sendTimeLimit().toMillis());
        this.bufferSizeLimitBytes = Math.toIntExact(properties.sendBufferSizeLimit().toBytes());
    }

    // its own pool rather than an Executor bean, which would switch off Spring Boot's applicationTaskExecutor
    private static ExecutorService sendPool(int threads) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "live-send-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() {
        sendPool.shutdownNow();
    }

    void subscribe(WebSocketSession session, Subscription subscription) {
        subscribe(session, subscription, vin -> true);
    }

    /** Registers the session; {@code visible} says which VINs the authenticated caller may see right now. */
    void subscribe(WebSocketSession session, Subscription subscription, Predicate<String> visible) {
        WebSocketSession guarded = new ConcurrentWebSocketSessionDecorator(session, sendTimeLimitMillis,
                bufferSizeLimitBytes, OverflowStrategy.TERMINATE);
        subscribers.put(session.getId(), new Subscriber(guarded, subscription, visible));
    }

    void unsubscribe(WebSocketSession session) {
        subscribers.remove(session.getId());
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /** Sends the window to every session that wants it; returns how many sends were queued. */
    int publish(SignalWindow window) {
        return publish(window.vin(), () -> messages.signalWindow(window));
    }

    /** Sends a health score to every session that wants its vehicle and may see it. */
    int publish(HealthScore score) {
        return publish(score.vin(), () -> messages.healthScore(score));
    }

    /** Sends an alert lifecycle event to every session that wants its vehicle and may see it. */
    int publish(Alert alert) {
        return publish(alert.vin(), () -> messages.alert(alert));
    }

    private int publish(String vin, Supplier<String> json) {
        TextMessage message = null;
        int queued = 0;
        for (Subscriber subscriber : subscribers.values()) {
            if (!subscriber.subscription().wants(vin) || !subscriber.visible().test(vin)) {
                continue;
            }
            if (message == null) {
                message = new TextMessage(json.get());
            }
            TextMessage payload = message;
            try {
                sendPool.execute(() -> send(subscriber, payload));
                queued++;
            } catch (RejectedExecutionException e) {
                // the pool is shutting down with the application
                LOG.debug("live push stopped, message not sent to {}", subscriber.session().getId());
            }
        }
        return queued;
    }

    private void send(Subscriber subscriber, TextMessage message) {
        WebSocketSession session = subscriber.session();
        if (!session.isOpen()) {
            subscribers.remove(session.getId());
            return;
        }
        try {
            session.sendMessage(message);
        } catch (SessionLimitExceededException e) {
            LOG.warn("dropping live client {} ({}): it cannot keep up: {}", session.getId(),
                    subscriber.subscription().describe(), e.getMessage());
            drop(session, e.getStatus());
        } catch (IOException | RuntimeException e) {
            LOG.info("dropping live client {} ({}): send failed: {}", session.getId(),
                    subscriber.subscription().describe(), e.toString());
            drop(session, CloseStatus.SERVER_ERROR);
        }
    }

    private void drop(WebSocketSession session, CloseStatus status) {
        subscribers.remove(session.getId());
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing live client {} failed: {}", session.getId(), e.toString());
        }
    }

    private record Subscriber(WebSocketSession session, Subscription subscription, Predicate<String> visible) {
    }
}
