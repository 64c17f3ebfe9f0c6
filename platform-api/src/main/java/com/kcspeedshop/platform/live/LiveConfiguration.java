package com.kcspeedshop.platform.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** Wires {@code /ws/signals}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration implements WebSocketConfigurer {

    static final String PATH = "/ws/signals";

    private final LiveSignalsSocket socket;
    private final LiveProperties properties;
    private final SignalAccessInterceptor access;

    LiveConfiguration(LiveSignalsSocket socket, LiveProperties properties, SignalAccessInterceptor access) {
        this.socket = socket;
        this.properties = properties;
        this.access = access;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // same-origin pages are always allowed; other origins only when configured
        registry.addHandler(socket, PATH)
                .addInterceptors(access)
                .setAllowedOriginPatterns(properties.allowedOriginPatterns().toArray(String[]::new));
    }
}
