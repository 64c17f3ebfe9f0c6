package com.kcspeedshop.flink.testing;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.apache.flink.test.util.MiniClusterWithClientResource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Flink MiniCluster per test JVM, shared by every IT class ({@code @ExtendWith(SharedFlink.class)}), with an
 * in-memory metric reporter so tests can read operator metrics. Flink's own {@code MiniClusterExtension} starts a
 * cluster per class and unsets the context environment after it, which would leave the next class without one.
 * {@code StreamExecutionEnvironment.getExecutionEnvironment()} submits to this cluster once the extension ran.
 */
public final class SharedFlink implements BeforeAllCallback {

    /** Default parallelism of test jobs; the cluster has exactly this many slots. */
    public static final int PARALLELISM = 2;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedFlink.class);

    private static volatile InMemoryReporter reporter;

    @Override
    public void beforeAll(ExtensionContext context) {
        // the root store outlives every test class and closes the cluster once the whole run is over, before the JVM
        // exits: stopping it from a shutdown hook races Flink's own hooks that close its RPC class loader
        Cluster cluster = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Cluster.class, key -> Cluster.start(), Cluster.class);
        TestStreamEnvironment.setAsContext(cluster.resource.getMiniCluster(), PARALLELISM);
    }

    /** The started cluster, closed by JUnit at the end of the run. */
    private static final class Cluster implements AutoCloseable {
        private final MiniClusterWithClientResource resource;

        private Cluster(MiniClusterWithClientResource resource) {
            this.resource = resource;
        }

        static Cluster start() {
            InMemoryReporter metrics = InMemoryReporter.createWithRetainedMetrics();
            Configuration conf = metrics.addToConfiguration(new Configuration());
            // enough managed memory for RocksDB to run without flushing on every write
            conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(128));
            MiniClusterWithClientResource resource = new MiniClusterWithClientResource(
                    new MiniClusterResourceConfiguration.Builder().setConfiguration(conf).setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(PARALLELISM).build());
            try {
                resource.before();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the shared Flink MiniCluster", e);
            }
            reporter = metrics;
            return new Cluster(resource);
        }

        @Override
        public void close() {
            TestStreamEnvironment.unsetAsContext();
            resource.after();
        }
    }

    /**
     * Cancels {@code job} and waits until it has stopped, so its slots are free for the next test; a cancel alone
     * returns as soon as the cluster accepted it, while the tasks may still be closing their Kafka producers.
     */
    public static void cancelAndWait(JobClient job) throws Exception {
        job.cancel().get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!job.getJobStatus().get(30, TimeUnit.SECONDS).isGloballyTerminalState()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + job.getJobID() + " did not stop within 30 s of its cancel");
            }
            Thread.sleep(50);
        }
    }

    /**
     * The sum over all subtasks of the counter {@code metric} of the operator named {@code operator} in {@code job}.
     * Metrics are retained after the job ends.
     */
    public static long counterSum(JobID job, String operator, String metric) {
        long sum = 0;
        for (Map.Entry<String, Metric> entry : reporter.findMetrics(job, metric).entrySet()) {
            if (entry.getKey().contains("." + operator + ".") && entry.getValue() instanceof Counter counter) {
                sum += counter.getCount();
            }
        }
        return sum;
    }

    /** The lowest value over all subtasks of the gauge {@code metric} of the operator named {@code operator}. */
    public static long gaugeMin(JobID job, String operator, String metric) {
        long min = Long.MAX_VALUE;
        boolean found = false;
        for (Map.Entry<String, Metric> entry : reporter.findMetrics(job, metric).entrySet()) {
            if (entry.getKey().contains("." + operator + ".") && entry.getValue() instanceof Gauge<?> gauge
                    && gauge.getValue() instanceof Number value) {
                min = Math.min(min, value.longValue());
                found = true;
            }
        }
        return found ? min : Long.MIN_VALUE;
    }
}
