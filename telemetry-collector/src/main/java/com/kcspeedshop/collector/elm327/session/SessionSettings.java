package com.kcspeedshop.collector.elm327.session;

import java.time.Duration;

/**
 * How a session talks to its adapter, validated on construction so a bad value fails at startup with a clear message.
 *
 * @param atTimeout           wait for the prompt after an AT/ST command; 10 ms..10 s, default 1 s
 * @param resetTimeout        wait after ATZ/ATWS; a genuine ELM327 needs about 1 s; 10 ms..30 s, default 2.5 s
 * @param obdTimeout          starting wait after an OBD request, then adapted to observed latency; default 2 s
 * @param minObdTimeout       floor of the adaptive OBD timeout; default 150 ms
 * @param maxObdTimeout       ceiling of the adaptive OBD timeout; default 5 s
 * @param firstRequestTimeout wait for the first OBD request after init, which may run a protocol search
 *                            ({@code SEARCHING...}, up to ~10 s on slow K-line cars); default 15 s
 * @param minRequestInterval  least time between two OBD requests; 0 = as fast as the adapter answers; default 0
 * @param cloneRequestInterval interval used instead when the LOWER_REQUEST_RATE workaround applies; default 100 ms
 * @param headers             keep CAN headers on (ATH1) so the response parser can tell ECUs apart; default true
 * @param maxResponseChars    cap on one response (a runaway monitor stream); 64..65536, default 4096
 * @param reconnect           backoff when the link drops
 */
public record SessionSettings(Duration atTimeout, Duration resetTimeout, Duration obdTimeout, Duration minObdTimeout,
                              Duration maxObdTimeout, Duration firstRequestTimeout, Duration minRequestInterval,
                              Duration cloneRequestInterval, boolean headers, int maxResponseChars,
                              ReconnectPolicy reconnect) {

    public SessionSettings {
        within("AT command timeout", atTimeout, Duration.ofMillis(10), Duration.ofSeconds(10));
        within("reset timeout", resetTimeout, Duration.ofMillis(10), Duration.ofSeconds(30));
        within("minimum OBD timeout", minObdTimeout, Duration.ofMillis(10), Duration.ofSeconds(10));
        within("maximum OBD timeout", maxObdTimeout, minObdTimeout, Duration.ofSeconds(60));
        within("OBD timeout", obdTimeout, minObdTimeout, maxObdTimeout);
        within("first request timeout", firstRequestTimeout, Duration.ofMillis(10), Duration.ofSeconds(60));
        within("minimum request interval", minRequestInterval, Duration.ZERO, Duration.ofSeconds(10));
        within("clone request interval", cloneRequestInterval, Duration.ZERO, Duration.ofSeconds(10));
        if (maxResponseChars < 64 || maxResponseChars > 65_536) {
            throw new IllegalArgumentException("max response size must be within 64..65536 characters, got "
                    + maxResponseChars);
        }
        if (reconnect == null) {
            throw new IllegalArgumentException("reconnect policy must be set (ReconnectPolicy.defaults())");
        }
    }

    private static void within(String what, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be within " + min.toMillis() + ".." + max.toMillis()
                    + " ms, got " + (value == null ? "nothing" : value.toMillis() + " ms"));
        }
    }

    public static SessionSettings defaults() {
        return new SessionSettings(Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(2),
                Duration.ofMillis(150), Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ZERO,
                Duration.ofMillis(100), true, 4096, ReconnectPolicy.defaults());
    }

    public SessionSettings withTimeouts(Duration newAt, Duration newReset, Duration newObd, Duration newFirst) {
        return new SessionSettings(newAt, newReset, newObd, minObdTimeout.compareTo(newObd) > 0 ? newObd : minObdTimeout,
                maxObdTimeout.compareTo(newObd) < 0 ? newObd : maxObdTimeout, newFirst, minRequestInterval,
                cloneRequestInterval, headers, maxResponseChars, reconnect);
    }

    public SessionSettings withHeaders(boolean newHeaders) {
        return new SessionSettings(atTimeout, resetTimeout, obdTimeout, minObdTimeout, maxObdTimeout,
                firstRequestTimeout, minRequestInterval, cloneRequestInterval, newHeaders, maxResponseChars, reconnect);
    }

    public SessionSettings withReconnect(ReconnectPolicy newReconnect) {
        return new SessionSettings(atTimeout, resetTimeout, obdTimeout, minObdTimeout, maxObdTimeout,
                firstRequestTimeout, minRequestInterval, cloneRequestInterval, headers, maxResponseChars, newReconnect);
    }

    public SessionSettings withRequestIntervals(Duration newMin, Duration newClone) {
        return new SessionSettings(atTimeout, resetTimeout, obdTimeout, minObdTimeout, maxObdTimeout,
                firstRequestTimeout, newMin, newClone, headers, maxResponseChars, reconnect);
    }
}
