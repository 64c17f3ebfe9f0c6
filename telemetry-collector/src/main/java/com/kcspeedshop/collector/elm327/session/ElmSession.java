package com.kcspeedshop.collector.elm327.session;

import com.kcspeedshop.collector.transport.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A conversation with one ELM327-compatible adapter over a {@link Transport}. Not thread-safe: one poller owns it.
 *
 * <p>{@link #send} never throws for what the adapter or the link does; it returns a {@link CommandResult}. Only a
 * malformed command (a programming error) is rejected with {@link IllegalArgumentException}.
 */
public final class ElmSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ElmSession.class);
    /** Printable ASCII without the CR that ends a command or the prompt character. */
    private static final Pattern COMMAND = Pattern.compile("[\\x20-\\x3D\\x3F-\\x7E]{1,64}");

    private final Transport transport;
    private final SessionSettings settings;
    private final Sleeper sleeper;
    private final PromptReader reader;
    private final AdaptiveTimeout obdTimeout;
    /** Workarounds learned so far; they outlive a dropped link so the next init does not repeat the fault. */
    final Map<Workaround, String> learned = new LinkedHashMap<>();
    String pinnedProtocol;
    private Fingerprint fingerprint;
    private boolean firstRequestPending = true;
    private long lastObdNanos;
    private boolean everConnected;
    private long commands;
    private long responses;
    private long timeouts;
    private long linkLosses;
    private long reconnects;
    private volatile long connections;
    private long echoesStripped;

    public ElmSession(Transport transport, SessionSettings settings) {
        this(transport, settings, Sleeper.SYSTEM);
    }

    public ElmSession(Transport transport, SessionSettings settings, Sleeper sleeper) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.reader = new PromptReader(transport, settings.maxResponseChars());
        this.obdTimeout = new AdaptiveTimeout(settings.obdTimeout(), settings.minObdTimeout(),
                settings.maxObdTimeout());
    }

    /**
     * Opens the link and runs init, retrying with jittered exponential backoff when the link cannot be opened or drops
     * during init.
     *
     * @return the adapter's fingerprint, also kept as {@link #fingerprint()}
     * @throws AdapterUnavailableException after {@link ReconnectPolicy#maxAttempts()} failed attempts
     */
    public Fingerprint connect() throws AdapterUnavailableException {
        ReconnectPolicy.Backoff backoff = settings.reconnect().newBackoff();
        String lastFailure = "no attempt made";
        for (int attempt = 1; attempt <= settings.reconnect().maxAttempts(); attempt++) {
            if (attempt > 1 || everConnected) {
                pause(backoff.next());
                reconnects++;
            }
            try {
                transport.open();
                firstRequestPending = true;
                fingerprint = new AdapterInit(this, settings).run();
                everConnected = true;
                connections++;
                LOG.info("{}: {} ({}), protocol {}, workarounds {}", transport.description(), fingerprint.chip(),
                        fingerprint.claimedVersion(), fingerprint.protocol(), fingerprint.workaroundNames());
                return fingerprint;
            } catch (IOException | AdapterInit.InitFailedException e) {
                lastFailure = e.getMessage();
                LOG.warn("{}: attempt {} failed: {}", transport.description(), attempt, lastFailure);
                transport.close();
            }
        }
        throw new AdapterUnavailableException(transport.description() + ": gave up after "
                + settings.reconnect().maxAttempts() + " attempts; last: " + lastFailure);
    }

    private void pause(Duration delay) throws AdapterUnavailableException {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdapterUnavailableException(transport.description() + ": interrupted while reconnecting");
        }
    }

    /** Sends {@code command} with the timeout its kind calls for (AT, reset, first OBD request, adaptive OBD). */
    public CommandResult send(String command) {
        return send(command, timeoutFor(validate(command)));
    }

    /** Sends {@code command}, waiting at most {@code timeout} for the prompt. */
    public CommandResult send(String command, Duration timeout) {
        validate(command);
        Objects.requireNonNull(timeout, "timeout");
        boolean obd = isObdRequest(command);
        if (obd) {
            pace();
        }
        commands++;
        try {
            if (!transport.isOpen()) {
                linkLosses++;
                return new CommandResult.LinkLost(command, transport.description() + " is not open");
            }
            reader.drain();
            transport.write((command + "\r").getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            PromptReader.Raw raw = reader.readToPrompt(start + timeout.toNanos());
            return outcome(command, raw, Duration.ofNanos(System.nanoTime() - start), timeout, obd);
        } catch (IOException e) {
            linkLosses++;
            transport.close();
            LOG.warn("{}: link lost on {}: {}", transport.description(), command, e.getMessage());
            return new CommandResult.LinkLost(command, String.valueOf(e.getMessage()));
        }
    }

    private CommandResult outcome(String command, PromptReader.Raw raw, Duration latency, Duration timeout,
                                  boolean obd) {
        ResponseCleaner.Cleaned cleaned = ResponseCleaner.clean(command, raw.text());
        if (!raw.prompt()) {
            timeouts++;
            if (obd) {
                obdTimeout.timedOut();
            }
            return new CommandResult.Timeout(command, timeout, cleaned.text());
        }
        responses++;
        if (cleaned.echoed()) {
            echoesStripped++;
        }
        if (obd) {
            lastObdNanos = System.nanoTime();
            if (!cleaned.searched()) {
                // a protocol search says nothing about how fast the ECU answers
                obdTimeout.observe(latency);
            }
            firstRequestPending = false;
        }
        return new CommandResult.Response(command, cleaned.text(), latency, cleaned.echoed(), cleaned.searched());
    }

    /**
     * Sends {@code command}; when the link turns out lost, reconnects (re-running init) and sends it once more.
     */
    public CommandResult sendOrReconnect(String command) throws AdapterUnavailableException {
        CommandResult result = send(command);
        if (result instanceof CommandResult.LinkLost) {
            transport.close();
            connect();
            result = send(command);
        }
        return result;
    }

    /** Waits up to {@code timeout} for a prompt without sending anything (an adapter still rebooting). */
    boolean awaitPrompt(Duration timeout) throws IOException {
        return reader.readToPrompt(System.nanoTime() + timeout.toNanos()).prompt();
    }

    private void pace() {
        Duration interval = learned.containsKey(Workaround.LOWER_REQUEST_RATE)
                ? max(settings.minRequestInterval(), settings.cloneRequestInterval())
                : settings.minRequestInterval();
        long waitNanos = lastObdNanos + interval.toNanos() - System.nanoTime();
        if (lastObdNanos != 0 && waitNanos > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(waitNanos));
            } catch (InterruptedException e) {
                // keep the flag for the caller; sending a little early is harmless
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Duration timeoutFor(String command) {
        String c = ResponseCleaner.compact(command);
        if (c.equals("ATZ") || c.equals("ATWS")) {
            return settings.resetTimeout();
        }
        if (!isObdRequest(command)) {
            return settings.atTimeout();
        }
        return firstRequestPending ? settings.firstRequestTimeout() : obdTimeout.current();
    }

    static boolean isObdRequest(String command) {
        String c = command.strip().toUpperCase(Locale.ROOT);
        return !c.startsWith("AT") && !c.startsWith("ST") && !c.isEmpty() && Character.digit(c.charAt(0), 16) >= 0;
    }

    private static String validate(String command) {
        if (command == null || !COMMAND.matcher(command).matches()) {
            throw new IllegalArgumentException("a command is 1-64 printable ASCII characters without CR or '>', got: "
                    + command);
        }
        return command;
    }

    /**
     * Successful connects so far, the first one included: a change tells a caller that the adapter was re-initialised
     * (and re-fingerprinted) behind its back, e.g. by {@link #sendOrReconnect}, so it may now be in another car.
     */
    public long connections() {
        return connections;
    }

    /** The fingerprint of the last successful init. */
    public Optional<Fingerprint> fingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    /** True when the adapter answered a multi-PID probe correctly and the workaround did not disable it. */
    public boolean multiPidAllowed() {
        return fingerprint != null && fingerprint.supported().contains(Feature.MULTI_PID)
                && !learned.containsKey(Workaround.DISABLE_MULTI_PID);
    }

    /** The current adaptive OBD request timeout. */
    public Duration currentObdTimeout() {
        return obdTimeout.current();
    }

    public SessionStats stats() {
        return new SessionStats(commands, responses, timeouts, linkLosses, reconnects, reader.garbageBytes,
                reader.staleBytes, reader.overflowChars, echoesStripped);
    }

    public String description() {
        return transport.description();
    }

    @Override
    public void close() {
        transport.close();
    }
}
