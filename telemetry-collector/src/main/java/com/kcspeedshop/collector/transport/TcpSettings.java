package com.kcspeedshop.collector.transport;

import java.time.Duration;

/**
 * Where a WiFi adapter listens, validated on construction.
 *
 * @param host           adapter address; most WiFi ELM327 clones use {@code 192.168.0.10}
 * @param port           TCP port 1..65535; most WiFi clones use {@value #DEFAULT_PORT}
 * @param connectTimeout how long to wait for the TCP handshake, 1 ms..60 s; default 5 s
 */
public record TcpSettings(String host, int port, Duration connectTimeout) {

    public static final int DEFAULT_PORT = 35000;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    public TcpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("adapter host must not be blank (WiFi adapters are usually 192.168.0.10)");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("adapter port must be within 1..65535, got " + port);
        }
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                || connectTimeout.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("connect timeout must be above 0 and at most 60 s, got " + connectTimeout);
        }
    }

    /** {@code host:port} with the default connect timeout. */
    public static TcpSettings of(String host, int port) {
        return new TcpSettings(host, port, DEFAULT_CONNECT_TIMEOUT);
    }
}
