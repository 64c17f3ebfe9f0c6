package com.kcspeedshop.platform.live;

import java.io.IOException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /ws/signals}: reads the subscription from the handshake and registers the session with the hub, restricted to
 * the vehicles the authenticated caller may see ({@link SignalAccessInterceptor}). The push is one-way; text a client
 * sends is ignored.
 */
@Component
class LiveSignalsSocket extends TextWebSocketHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSignalsSocket.class);

    private final LiveSignalHub hub;
    private final LiveMessages messages;

    LiveSignalsSocket(LiveSignalHub hub, LiveMessages messages) {
        this.hub = hub;
        this.messages = messages;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        Subscription subscription;
        try {
            subscription = Subscription.fromUri(session.getUri());
        } catch (Subscription.InvalidSubscriptionException e) {
            LOG.info("refusing live client {}: {}", session.getId(), e.getMessage());
            // not yet shared with the send pool, so a plain send is safe here
            session.sendMessage(new TextMessage(messages.error(e.getMessage())));
            session.close(CloseStatus.POLICY_VIOLATION.withReason("invalid vin parameter"));
            return;
        }
        Object visible = session.getAttributes().get(SignalAccessInterceptor.VISIBLE_VINS);
        if (visible instanceof Predicate<?> filter) {
            @SuppressWarnings("unchecked")
            Predicate<String> vins = (Predicate<String>) filter;
            hub.subscribe(session, subscription, vins);
        } else {
            // the interceptor always sets it; without it nothing may be pushed
            hub.subscribe(session, subscription, vin -> false);
        }
        LOG.debug("live client {} subscribed to {}", session.getId(), subscription.describe());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        hub.unsubscribe(session);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        LOG.debug("live client {} transport error: {}", session.getId(), exception.toString());
        hub.unsubscribe(session);
    }
}
