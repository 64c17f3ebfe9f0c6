package com.kcspeedshop.collector.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial, USB-serial or Bluetooth RFCOMM port through jSerialComm (8N1, no flow control, as ELM327 adapters expect).
 */
public final class SerialTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(SerialTransport.class);
    private static final Duration PROBE_WAIT = Duration.ofMillis(400);
    private static final byte[] PROBE = "ATI\r".getBytes(StandardCharsets.US_ASCII);

    private final SerialSettings settings;
    private SerialPort port;
    private int activeBaud;

    public SerialTransport(SerialSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.activeBaud = settings.baudRate();
    }

    @Override
    public void open() throws IOException {
        close();
        SerialPort p = SerialPort.getCommPort(settings.portPath());
        p.setComPortParameters(settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!p.openPort()) {
            throw new IOException("cannot open serial port " + settings.portPath() + " (error "
                    + p.getLastErrorCode() + "); check the path and that this user may use it");
        }
        // reads never block in jSerialComm; read() waits by polling (see there)
        p.setComPortTimeouts(SerialPort.TIMEOUT_NONBLOCKING, 0, 0);
        port = p;
        activeBaud = settings.baudRate();
        if (settings.probeBaud()) {
            probeBaud();
        }
    }

    /**
     * Tries each candidate rate: ATI makes an idle ELM327 print its version and prompt, which garble at a wrong rate.
     * Not a bare CR: an ELM327 repeats the previous command on a bare CR, and when the previous client's last command
     * was a service 04 (clear codes) or an ATZ, that would clear the car's codes or reset the adapter again.
     */
    private void probeBaud() throws IOException {
        for (int baud : settings.baudCandidates()) {
            port.setBaudRate(baud);
            drain();
            write(PROBE);
            if (sawPrompt()) {
                activeBaud = baud;
                LOG.info("{}: adapter answered at {} baud", settings.portPath(), baud);
                return;
            }
        }
        throw new IOException("no ELM327 prompt on " + settings.portPath() + " at any of "
                + settings.baudCandidates() + " baud");
    }

    private boolean sawPrompt() throws IOException {
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + PROBE_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            int n = read(buffer, Duration.ofMillis(50));
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '>') {
                    return true;
                }
            }
        }
        return false;
    }

    private void drain() throws IOException {
        byte[] buffer = new byte[256];
        while (read(buffer, Duration.ofMillis(20)) > 0) {
            // discard whatever a previous rate or boot banner left behind
        }
    }

    @Override
    public boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] data) throws IOException {
        SerialPort p = requireOpen();
        int written = p.writeBytes(data, data.length);
        if (written != data.length) {
            close();
            throw new EOFException(description() + " lost while writing (wrote " + written + " of " + data.length + ")");
        }
    }

    /**
     * Polls {@code bytesAvailable()} every millisecond instead of using jSerialComm's read timeouts: on Linux those
     * are whole tenths of a second (termios VTIME), so a 1 ms drain would cost 100 ms on every command and a 150 ms
     * adaptive timeout would become 200 ms.
     */
    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        SerialPort p = requireOpen();
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        while (true) {
            int available = p.bytesAvailable();
            if (available < 0) {
                close();
                throw new EOFException(description() + " lost while reading (error " + p.getLastErrorCode() + ")");
            }
            if (available > 0) {
                int n = p.readBytes(buffer, Math.min(available, buffer.length));
                if (n < 0) {
                    close();
                    throw new EOFException(description() + " lost while reading (error " + p.getLastErrorCode() + ")");
                }
                return n;
            }
            if (System.nanoTime() >= deadline) {
                return 0;
            }
            sleepOneMillisecond();
        }
    }

    private static void sleepOneMillisecond() throws IOException {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading a serial port");
        }
    }

    private SerialPort requireOpen() throws EOFException {
        SerialPort p = port;
        if (p == null || !p.isOpen()) {
            throw new EOFException(description() + " is not open");
        }
        return p;
    }

    /** The rate in use: the configured one, or the one the probe found. */
    public int activeBaudRate() {
        return activeBaud;
    }

    @Override
    public String description() {
        return "serial:" + settings.portPath() + "@" + activeBaud;
    }

    @Override
    public void close() {
        SerialPort p = port;
        port = null;
        if (p != null) {
            p.closePort();
        }
    }
}
