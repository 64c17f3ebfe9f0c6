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

    LiveConfiguration(LiveSignalsSocket socket, LiveProperties properties) {
        this.socket = socket;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // same-origin pages are always allowed; other origins only when configured
        registry.addHandler(socket, PATH)
                .setAllowedOriginPatterns(properties.allowedOriginPatterns().toArray(String[]::new));
    }
}
