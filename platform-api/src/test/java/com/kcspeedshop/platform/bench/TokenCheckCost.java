package com.kcspeedshop.platform.bench;

import com.kcspeedshop.platform.identity.CachingJwtDecoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * CPU time of one request's token check, with the application's real decoder (signature, JSON, validators) and with
 * the token cache in front of it, measured on this thread's CPU clock so other load on the machine hardly matters.
 * Throughput on a shared machine swings by a third between runs; this figure shows what the cache saves per request.
 */
final class TokenCheckCost {

    private static final Duration ROUND = Duration.ofSeconds(2);

    private TokenCheckCost() {
    }

    static String measure(JwtDecoder real, List<String> tokens) {
        JwtDecoder cached = new CachingJwtDecoder(real, 10_000, Duration.ofMinutes(5), Clock.systemUTC());
        double realMicros = 0;
        double cachedMicros = 0;
        for (int round = 0; round < 3; round++) { // the first round warms up; the last one counts
            realMicros = microsPerDecode(real, tokens);
            cachedMicros = microsPerDecode(cached, tokens);
        }
        return String.format(Locale.ROOT, "token check per request (CPU, this thread): real decoder %.1f us,"
                + " with the token cache %.2f us%n", realMicros, cachedMicros);
    }

    private static double microsPerDecode(JwtDecoder decoder, List<String> tokens) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime() + ROUND.toNanos();
        long n = 0;
        while (System.nanoTime() < end) {
            if (decoder.decode(tokens.get((int) (n % tokens.size()))).getSubject() == null) {
                throw new IllegalStateException("a token without subject");
            }
            n++;
        }
        return (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / n;
    }
}
