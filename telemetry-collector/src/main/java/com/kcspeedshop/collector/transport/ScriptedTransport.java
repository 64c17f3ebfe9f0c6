package com.kcspeedshop.collector.transport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays a recorded adapter session: answers each request the session writes with the recorded response.
 *
 * <p>Transcript format (UTF-8 text, one item per line):
 * <pre>
 * # a comment
 * &gt; ATZ                 a request the session is expected to send (compared ignoring case and spaces)
 * ELM327 v1.5           response lines: sent back joined by CR, then CR CR and the '&gt;' prompt
 * &gt; 0100
 * SEARCHING...
 * 41 00 BE 3F A8 13
 * &gt; ATRV
 * !silent               the adapter says nothing (the session must time out)
 * &gt; ATZ
 * !drop                 the link drops (the reader sees end of stream)
 * </pre>
 * In response lines {@code <XX>} (two upper-case hex digits) stands for one raw byte, e.g. {@code <00>} for the NUL
 * some clones send before the prompt.
 * A request that differs from the next recorded one is answered with {@code ?} (as an ELM327 answers an unknown
 * command) and listed in {@link #mismatches()}; once the transcript is used up the link ends, so a replay stops.
 */
public final class ScriptedTransport implements Transport {

    /** One recorded request and what the adapter did. */
    public record Exchange(String request, List<String> responseLines, Action action) {
        public Exchange {
            responseLines = List.copyOf(responseLines);
        }
    }

    /** What the adapter did after the request. */
    public enum Action { RESPOND, SILENT, DROP }

    /** A non-printable byte as {@link RecordingTransport} writes it; "&lt;DATA ERROR" and the like do not match. */
    private static final Pattern RAW_BYTE = Pattern.compile("<([0-9A-F]{2})>");

    private final String name;
    private final List<Exchange> script;
    private final Deque<Exchange> remaining = new ArrayDeque<>();
    private final List<String> mismatches = new ArrayList<>();
    private final ByteArrayOutputStream partialRequest = new ByteArrayOutputStream();
    private final ArrayDeque<Byte> toRead = new ArrayDeque<>();
    private boolean open;
    private boolean dropped;

    public ScriptedTransport(String name, List<Exchange> script) {
        this.name = name;
        this.script = List.copyOf(script);
    }

    /** Parses a transcript in the format above. */
    public static ScriptedTransport parse(String name, String transcript) {
        List<Exchange> exchanges = new ArrayList<>();
        String request = null;
        List<String> lines = new ArrayList<>();
        Action action = Action.RESPOND;
        for (String raw : transcript.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(">")) {
                if (request != null) {
                    exchanges.add(new Exchange(request, lines, action));
                }
                request = line.substring(1).strip();
                lines = new ArrayList<>();
                action = Action.RESPOND;
            } else if (request == null) {
                throw new IllegalArgumentException(name + ": response line before the first '> request': " + line);
            } else if (line.equals("!silent")) {
                action = Action.SILENT;
            } else if (line.equals("!drop")) {
                action = Action.DROP;
            } else {
                lines.add(line);
            }
        }
        if (request != null) {
            exchanges.add(new Exchange(request, lines, action));
        }
        return new ScriptedTransport(name, exchanges);
    }

    /** Reads a transcript file. */
    public static ScriptedTransport fromFile(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Override
    public void open() {
        remaining.clear();
        remaining.addAll(script);
        mismatches.clear();
        toRead.clear();
        partialRequest.reset();
        dropped = false;
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open && !dropped;
    }

    @Override
    public void write(byte[] data) throws IOException {
        if (!isOpen()) {
            throw new EOFException(description() + " is not open");
        }
        for (byte b : data) {
            if (b == '\r') {
                answer(partialRequest.toString(StandardCharsets.US_ASCII));
                partialRequest.reset();
            } else if (b != '\n') {
                partialRequest.write(b);
            }
        }
    }

    private void answer(String request) {
        Exchange next = remaining.poll();
        if (next == null) {
            dropped = true;
            return;
        }
        if (!normalize(next.request()).equals(normalize(request))) {
            mismatches.add("expected '" + next.request() + "' but got '" + request + "'");
            queue("?\r\r>");
            return;
        }
        switch (next.action()) {
            case SILENT -> { }
            case DROP -> dropped = true;
            case RESPOND -> queue(String.join("\r", next.responseLines()) + "\r\r>");
        }
    }

    private static String normalize(String request) {
        return request.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Queues {@code text}, turning {@code <XX>} escapes back into the raw bytes they stand for. */
    private void queue(String text) {
        Matcher raw = RAW_BYTE.matcher(text);
        int last = 0;
        while (raw.find()) {
            queuePlain(text.substring(last, raw.start()));
            toRead.add((byte) Integer.parseInt(raw.group(1), 16));
            last = raw.end();
        }
        queuePlain(text.substring(last));
    }

    private void queuePlain(String text) {
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            toRead.add(b);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (!open) {
            throw new EOFException(description() + " is not open");
        }
        if (toRead.isEmpty()) {
            if (dropped) {
                throw new EOFException(description() + ": recorded link drop or end of transcript");
            }
            // the recorded adapter stayed silent: wait a little, as a real one would, rather than make the reader spin
            pause(Math.min(timeout.toMillis(), 5));
            return 0;
        }
        int n = 0;
        while (n < buffer.length && !toRead.isEmpty()) {
            buffer[n++] = toRead.poll();
        }
        return n;
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while replaying");
        }
    }

    /** Requests that did not match the transcript, in order. */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** Recorded exchanges not yet replayed. */
    public int remainingExchanges() {
        return remaining.size();
    }

    @Override
    public String description() {
        return "script:" + name;
    }

    @Override
    public void close() {
        open = false;
    }
}
