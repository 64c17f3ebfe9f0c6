package com.kcspeedshop.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Port checks done before a server binds, because a bind failure deep inside Kafka hangs instead of failing. */
public final class Ports {

    private Ports() {
    }

    /**
     * A port that was free on the loopback interface a moment ago, taken from 20000-32767: below Linux's range for
     * outgoing connections (32768-60999), so while a server restarts on "its" port, no client socket can take it.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + ThreadLocalRandom.current().nextInt(12_768);
            if (isFree(candidate)) {
                return candidate;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort(); // a crowded range: any free port beats none
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns {@code port}, or a free one when it is 0; fails with the owner's name when the port is taken. */
    public static int requireFree(int port, String owner) {
        if (port == 0) {
            return freePort();
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException(owner + " cannot listen on port " + port
                    + ": it is in use. Stop what holds it (e.g. `ss -ltnp | grep :" + port + "`) or choose another port.",
                    e);
        }
    }
}
