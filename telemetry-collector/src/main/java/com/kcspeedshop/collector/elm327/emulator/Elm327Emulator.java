package com.kcspeedshop.collector.elm327.emulator;

import com.kcspeedshop.collector.transport.MemoryPipe;
import com.kcspeedshop.collector.transport.StreamTransport;
import com.kcspeedshop.collector.transport.Transport;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ELM327 adapter and the car behind it, serving the ELM327 text protocol over a {@link Transport}.
 *
 * <p>One emulator is one car: its model clock and served counters are shared by every link it serves (a reconnect
 * talks to the same car), while each link gets a freshly booted adapter state, as after a power cycle.
 */
public final class Elm327Emulator {

    private static final Logger LOG = LoggerFactory.getLogger(Elm327Emulator.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_LINE = 256;

    private final EmulatorSettings settings;
    private final CarModel car;
    private final ObdResponder responder;
    private final Random random;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean running = true;

    public Elm327Emulator(EmulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock drives the car model, so a fixed clock gives fixed live values */
    public Elm327Emulator(EmulatorSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.car = new CarModel(Objects.requireNonNull(clock, "clock"));
        this.responder = new ObdResponder(car, settings);
        this.random = new Random(settings.seed());
    }

    /**
     * Serves one link until it ends, the emulator is stopped, or a quirk drops it. Opens the link if needed.
     */
    public void serve(Transport link) throws IOException {
        if (!link.isOpen()) {
            link.open();
        }
        connections.incrementAndGet();
        Link session = new Link(link);
        byte[] buffer = new byte[256];
        try {
            while (running) {
                int n = link.read(buffer, POLL);
                for (int i = 0; i < n && session.accept(buffer[i]); i++) {
                    // accept() returns false once the link was dropped
                }
                if (session.dropped) {
                    return;
                }
            }
        } catch (EOFException peerGone) {
            LOG.debug("{}: peer closed the link", link.description());
        } finally {
            link.close();
        }
    }

    /** Serves a stream pair (a child process, a socket) until it ends. */
    public void serve(InputStream in, OutputStream out) throws IOException {
        serve(StreamTransport.of("emulator streams", in, out));
    }

    /** Serves {@code link} on a daemon thread. */
    public Thread start(Transport link) {
        Thread thread = new Thread(() -> {
            try {
                serve(link);
            } catch (IOException e) {
                LOG.debug("{}: emulator link ended: {}", link.description(), e.getMessage());
            }
        }, "elm327-emulator " + link.description());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A transport for the collector's side: each {@code open()} plugs a freshly booted adapter in over memory pipes. */
    public Transport inMemoryTransport() {
        return new StreamTransport("emulator:" + settings.model() + settings.quirks(), () -> {
            MemoryPipe toAdapter = new MemoryPipe();
            MemoryPipe fromAdapter = new MemoryPipe();
            start(StreamTransport.of("emulated adapter", toAdapter.input(), fromAdapter.output()));
            return new StreamTransport.Streams(fromAdapter.input(), toAdapter.output());
        });
    }

    /** Stops serving; links end within about 100 ms. */
    public void stop() {
        running = false;
    }

    /** How many requests for {@code service}/{@code pid} the car answered (service 03 counts under PID 00). */
    public long served(int service, int pid) {
        return responder.served(service, pid);
    }

    /** Served counts by {@code "SS PP"} hex key, e.g. {@code "01 0C"}. */
    public Map<String, Long> servedCounts() {
        return responder.servedCounts();
    }

    /**
     * Makes a sensor fail: from now on service 01 {@code pid} answers {@code dataBytes} (e.g. 05 with FF: a shorted
     * coolant sensor reading the top of the scale, 215 degC). The PID must be one the car supports; the byte count is
     * the caller's to get right, as a broken ECU's would be.
     */
    public void failSensor(int pid, byte[] dataBytes) {
        responder.failSensor(pid, dataBytes);
    }

    /** OBD requests received (answered or failed). */
    public long requests() {
        return requests.get();
    }

    /** Links served so far; a reconnect is a new link. */
    public long connections() {
        return connections.get();
    }

    /** One link: assembles command lines and writes answers. */
    private final class Link {
        private final Transport link;
        private final AdapterState state = new AdapterState();
        private final AtCommands at;
        private final StringBuilder line = new StringBuilder();
        boolean dropped;

        Link(Transport link) {
            this.link = link;
            this.at = new AtCommands(settings, state, car::moduleVolts);
        }

        boolean accept(byte b) throws IOException {
            if (b == '\r') {
                String command = line.toString();
                line.setLength(0);
                handle(command);
                return !dropped;
            }
            // an ELM327 ignores LF, NUL and control bytes inside a command
            if (b >= 0x20 && b < 0x7F && line.length() < MAX_LINE) {
                line.append((char) b);
            }
            return true;
        }

        private void handle(String raw) throws IOException {
            StringBuilder out = new StringBuilder();
            if (state.echo) {
                out.append(raw).append('\r');
            }
            String command = raw.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            if (command.isEmpty()) {
                // a bare CR repeats the previous command, as on a real ELM327
                command = state.lastCommand;
            }
            state.lastCommand = command;
            Reply reply = command.isEmpty() ? Reply.of() : dispatch(command);
            if (reply.dropLink()) {
                dropped = true;
                link.close();
                return;
            }
            pause(reply.delay());
            String eol = state.eol();
            for (String l : reply.lines()) {
                out.append(l).append(eol);
            }
            out.append(reply.lines().isEmpty() ? "" : eol);
            link.write(out.toString().getBytes(StandardCharsets.US_ASCII));
            link.write(garbage());
            link.write(new byte[] {'>'});
        }

        private Reply dispatch(String command) {
            if (command.startsWith("AT")) {
                return at.at(command.substring(2));
            }
            if (command.startsWith("ST")) {
                return at.st(command.substring(2));
            }
            if (!command.matches("([0-9A-F]{2})+")) {
                return Reply.UNKNOWN;
            }
            byte[] request = java.util.HexFormat.of().parseHex(command);
            return ObdResponder.tooLong(request) ? Reply.UNKNOWN : obd(request);
        }

        private Reply obd(byte[] request) {
            requests.incrementAndGet();
            return new ObdExchange(settings, state, at, responder, random).answer(request);
        }
    }

    private byte[] garbage() {
        if (!settings.has(CloneQuirk.GARBAGE_BEFORE_PROMPT) || random.nextInt(2) == 0) {
            return new byte[0];
        }
        byte[] noise = {0x00, (byte) 0xFF, (byte) 0xFE, (byte) 0x80, 0x11, 0x1B};
        byte[] out = new byte[1 + random.nextInt(4)];
        for (int i = 0; i < out.length; i++) {
            out[i] = noise[random.nextInt(noise.length)];
        }
        return out;
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
