package com.kcspeedshop.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks done before a server binds, because a bind failure deep inside Kafka hangs instead of failing. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free on the loopback interface a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
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
