package com.kcspeedshop.serving.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.serving.scorer.ModelMetadata;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * {@code RestLoadGenerator <base url> <model> [rate/s] [seconds]}: open-loop load against a running service. Requests
 * leave on a fixed schedule whether or not earlier ones have answered, and each latency is counted from its scheduled
 * time, so a stall shows up in p99 instead of slowing the generator down (no coordinated omission). Runs the same
 * schedule first against {@code GET /actuator/health} (the same HTTP stack and a small JSON answer, no scoring) as the
 * same-run baseline, then against {@code POST /v1/models/<model>/predict} with one row each.
 */
public final class RestLoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestLoadGenerator() {
    }

    record Result(String what, int sent, int failed, double achievedRate, double p50Ms, double p99Ms, double maxMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s sent %6d  failed %4d  rate %7.1f/s  p50 %7.3f ms  p99 %7.3f ms"
                    + "  max %8.3f ms", what, sent, failed, achievedRate, p50Ms, p99Ms, maxMs);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RestLoadGenerator <base url, e.g. http://localhost:8090> <model name> "
                    + "[rate per second, default 1000] [seconds, default 20]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/$", "");
        String model = args[1];
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpRequest describe = HttpRequest.newBuilder(URI.create(base + "/v1/models/" + model)).build();
        HttpResponse<String> meta = http.send(describe, HttpResponse.BodyHandlers.ofString());
        if (meta.statusCode() != 200) {
            throw new IllegalStateException("model " + model + " is not served at " + base + ": " + meta.body());
        }
        JsonNode m = JSON.readTree(meta.body());
        List<String> names = new ArrayList<>();
        m.get("featureNames").forEach(n -> names.add(n.asText()));
        ModelMetadata md = new ModelMetadata(model, m.get("id").asText(), m.get("kind").asText(), "", names, Map.of());
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            bodies.add(JSON.writeValueAsString(Map.of("features", BenchRows.row(md, i))));
        }
        HttpRequest baseline = HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build();
        URI predict = URI.create(base + "/v1/models/" + model + "/predict");
        IntFunction<HttpRequest> predictRequest = i -> HttpRequest.newBuilder(predict)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();

        System.out.printf(Locale.ROOT, "model %s (%s, %s), %d requests/s for %d s after a %d s warm-up%n", model,
                md.id(), md.kind(), rate, seconds, Math.max(3, seconds / 4));
        run(http, "warm-up predict", i -> predictRequest.apply(i), rate, Math.max(3, seconds / 4));
        run(http, "warm-up baseline", i -> baseline, rate, Math.max(3, seconds / 4));
        System.out.println(run(http, "baseline GET /actuator/health", i -> baseline, rate, seconds));
        System.out.println(run(http, "POST /v1/models/" + model + "/predict", predictRequest, rate, seconds));
        System.exit(0);
    }

    static Result run(HttpClient http, String what, IntFunction<HttpRequest> request, int rate, int seconds)
            throws Exception {
        int total = rate * seconds;
        long[] latency = new long[total];
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[total];
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * intervalNanos;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                if (wait > 200_000) {
                    Thread.sleep(0, 100_000);
                } else {
                    Thread.onSpinWait();
                }
            }
            int index = i;
            pending[i] = http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        latency[index] = System.nanoTime() - scheduled;
                        if (e != null || r.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(pending).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        return new Result(what, total, failed.get(), total / elapsed, sorted[(int) (total * 0.50)] / 1e6,
                sorted[Math.min(total - 1, (int) (total * 0.99))] / 1e6, sorted[total - 1] / 1e6);
    }
}
