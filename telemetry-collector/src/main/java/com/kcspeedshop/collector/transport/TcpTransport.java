package com.kcspeedshop.collector.transport;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/** A WiFi adapter (or the emulator behind a server socket) reached over TCP. */
public final class TcpTransport implements Transport {

    private final TcpSettings settings;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpTransport(TcpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void open() throws IOException {
        close();
        Socket s = new Socket();
        try {
            // ELM327 commands are a few bytes each; Nagle would hold them back waiting for more
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(settings.host(), settings.port()),
                    (int) settings.connectTimeout().toMillis());
        } catch (IOException e) {
            s.close();
            throw new IOException("cannot connect to " + description() + ": " + e.getMessage(), e);
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
    }

    @Override
    public boolean isOpen() {
        return socket != null && !socket.isClosed();
    }

    @Override
    public void write(byte[] data) throws IOException {
        if (!isOpen()) {
            throw new EOFException(description() + " is not open");
        }
        out.write(data);
        out.flush();
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (!isOpen()) {
            throw new EOFException(description() + " is not open");
        }
        // SO_TIMEOUT 0 would mean "forever"; the smallest real wait is 1 ms
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        try {
            int n = in.read(buffer);
            if (n < 0) {
                close();
                throw new EOFException(description() + " closed by peer");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    @Override
    public String description() {
        return "tcp:" + settings.host() + ":" + settings.port();
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // the link is being abandoned; nothing useful to do with a failed close
            }
        }
    }
}
