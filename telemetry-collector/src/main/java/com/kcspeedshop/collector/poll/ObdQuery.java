package com.kcspeedshop.collector.poll;

import com.kcspeedshop.collector.elm327.response.EcuMessage;
import com.kcspeedshop.collector.elm327.response.ElmResponse;
import com.kcspeedshop.collector.elm327.response.ElmResponseParser;
import com.kcspeedshop.collector.elm327.response.ResponseFormat;
import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.elm327.session.CommandResult;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.obd.ObdDecodeResult;
import com.kcspeedshop.collector.obd.ObdDecoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One OBD request through the three layers: session (send, reconnecting once on link loss), framing (parser) and
 * meaning (decoder). Never throws for what the adapter says; only for an adapter that cannot be reached at all.
 */
public final class ObdQuery {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final ElmSession session;
    private final ElmResponseParser parser = new ElmResponseParser();
    private final ObdDecoder decoder;

    public ObdQuery(ElmSession session, ObdDecoder decoder) {
        this.session = session;
        this.decoder = decoder;
    }

    /** What came of one request. */
    public enum Kind { ANSWERED, ADAPTER_ERROR, GARBAGE, TIMEOUT, LINK_LOST }

    /**
     * @param kind       how it went
     * @param results    decoded messages (possibly some beside an adapter error); empty otherwise
     * @param problem    for anything but ANSWERED: what went wrong, for the log
     * @param answeredAt when the answer arrived
     * @param raw        the request and the adapter's text as received (lines joined with {@code \n}), for logging a
     *                   frame that decoded to something odd; empty without an answer
     */
    public record Outcome(Kind kind, List<ObdDecodeResult> results, String problem, Instant answeredAt, String raw) {
        public Outcome {
            results = List.copyOf(results);
        }
    }

    /** Sends {@code request} (service byte first) as hex, e.g. {@code 010C0D}, reconnecting once on link loss. */
    public Outcome ask(byte[] request) throws AdapterUnavailableException {
        return ask(request, true);
    }

    /**
     * As {@link #ask(byte[])}; with {@code reconnect} false a lost link is reported, not reconnected (a poller that
     * is stopping must not re-run the adapter init).
     */
    public Outcome ask(byte[] request, boolean reconnect) throws AdapterUnavailableException {
        String command = HEX.formatHex(request);
        CommandResult result = reconnect ? session.sendOrReconnect(command) : session.send(command);
        Instant at = Instant.now();
        if (result instanceof CommandResult.Timeout timeout) {
            return new Outcome(Kind.TIMEOUT, List.of(), command + ": no answer in " + timeout.waited().toMillis()
                    + " ms", at, "");
        }
        if (result instanceof CommandResult.LinkLost lost) {
            return new Outcome(Kind.LINK_LOST, List.of(), command + ": link lost: " + lost.reason(), at, "");
        }
        CommandResult.Response response = (CommandResult.Response) result;
        ElmResponse parsed = parser.parse(command, response.text(), ResponseFormat.AUTO_DETECT);
        String raw = command + " -> " + response.text().strip().replace("\r", "").replace("\n", "\\n");
        List<ObdDecodeResult> decoded = decode(parsed.messages());
        if (parsed instanceof ElmResponse.AdapterError error) {
            return new Outcome(Kind.ADAPTER_ERROR, decoded, command + ": adapter said " + error.line(), at, raw);
        }
        if (parsed instanceof ElmResponse.Garbage garbage) {
            return new Outcome(Kind.GARBAGE, List.of(), command + ": " + garbage.reason() + " in '"
                    + garbage.raw().replace("\n", "\\n") + "'", at, raw);
        }
        return new Outcome(Kind.ANSWERED, decoded, null, at, raw);
    }

    private List<ObdDecodeResult> decode(List<EcuMessage> messages) {
        List<ObdDecodeResult> results = new ArrayList<>();
        for (EcuMessage message : messages) {
            results.addAll(decoder.decode(message.ecu(), message.payload()));
        }
        return results;
    }

    public ElmSession session() {
        return session;
    }
}
