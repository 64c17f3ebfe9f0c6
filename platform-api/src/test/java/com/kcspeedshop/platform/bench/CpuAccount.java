package com.kcspeedshop.platform.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the CPU of a measuring window went: the load generator's threads (named {@code loadgen-*} and the JDK HTTP
 * client's {@code HttpClient-*}), the rest of this JVM (the application, plus the in-JVM Kafka broker, JIT and GC), and
 * the PostgreSQL backends of the test database (separate processes). On a machine shared with other work throughput
 * swings with their load; CPU time per request hardly does, so it is the figure to compare versions by.
 */
final class CpuAccount {

    /** CPU time used so far, in nanoseconds; {@code requestThreads} is the part of {@code jvm} in Tomcat's threads. */
    record Snapshot(long jvm, long requestThreads, long loadGenerator, long postgres) {
    }

    private final JdbcClient jdbc;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    CpuAccount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot take() {
        long loadGenerator = 0;
        long requestThreads = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            String name = info == null ? "" : info.getThreadName();
            if (name.startsWith("loadgen-") || name.startsWith("HttpClient-")) {
                loadGenerator += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            } else if (name.startsWith("http-nio-")) {
                requestThreads += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long postgres = jdbc.sql("SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend'")
                .query(Long.class).list().stream()
                .map(pid -> ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()))
                .flatMap(Optional::stream).mapToLong(Duration::toNanos).sum();
        return new Snapshot(jvm, requestThreads, loadGenerator, postgres);
    }

    /**
     * Microseconds of CPU per request between two snapshots. The whole server JVM's figure also holds the JIT compiler
     * (still busy a few seconds after warm-up on a loaded machine), GC and the Kafka broker; the request threads'
     * figure is the steadiest. The PostgreSQL figure counts the backends alive at both ends (the pool keeps its
     * connections), so it is a slight undercount if connections were replaced.
     */
    static String perRequest(Snapshot from, Snapshot to, long requests) {
        double n = Math.max(1, requests);
        long generator = to.loadGenerator() - from.loadGenerator();
        long server = to.jvm() - from.jvm() - generator;
        return String.format(Locale.ROOT, "  CPU per request: server JVM %.0f us (Tomcat request threads %.0f us)"
                        + " + PostgreSQL %.0f us; load generator %.0f us%n", server / n / 1e3,
                (to.requestThreads() - from.requestThreads()) / n / 1e3, (to.postgres() - from.postgres()) / n / 1e3,
                generator / n / 1e3);
    }
}
