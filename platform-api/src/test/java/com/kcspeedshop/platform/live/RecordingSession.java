package com.kcspeedshop.platform.live;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/** A server-side session that records what is sent to it; {@link #blockSends()} makes it a client that stalls. */
final class RecordingSession implements WebSocketSession {

    private final String id;
    private final URI uri;
    private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean blocking;
    private volatile CloseStatus closeStatus;

    RecordingSession(String id, String uri) {
        this.id = id;
        this.uri = URI.create(uri);
    }

    /** From now on every send hangs until {@link #unblock()}, like a write to a client that stopped reading. */
    void blockSends() {
        blocking = true;
    }

    void unblock() {
        release.countDown();
    }

    List<String> sentSoFar() {
        return List.copyOf(sent);
    }

    String nextSent(long timeout, TimeUnit unit) throws InterruptedException {
        return sent.poll(timeout, unit);
    }

    CloseStatus closeStatus() {
        return closeStatus;
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) {
        if (blocking) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sent.add(((TextMessage) message).getPayload());
    }

    @Override
    public boolean isOpen() {
        return closeStatus == null;
    }

    @Override
    public void close() {
        close(CloseStatus.NORMAL);
    }

    @Override
    public void close(CloseStatus status) {
        closeStatus = status;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public HttpHeaders getHandshakeHeaders() {
        return new HttpHeaders();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public Principal getPrincipal() {
        return null;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return null;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return null;
    }

    @Override
    public String getAcceptedProtocol() {
        return null;
    }

    @Override
    public void setTextMessageSizeLimit(int messageSizeLimit) {
    }

    @Override
    public int getTextMessageSizeLimit() {
        return 64 * 1024;
    }

    @Override
    public void setBinaryMessageSizeLimit(int messageSizeLimit) {
    }

    @Override
    public int getBinaryMessageSizeLimit() {
        return 64 * 1024;
    }

    @Override
    public List<WebSocketExtension> getExtensions() {
        return List.of();
    }
}
