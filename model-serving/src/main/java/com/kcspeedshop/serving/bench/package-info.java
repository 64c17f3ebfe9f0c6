/**
 * Serving benchmarks: {@link com.kcspeedshop.serving.bench.ScorerBench} (JMH, in-process latency per model kind and
 * batch throughput, with a same-run baseline) and {@link com.kcspeedshop.serving.bench.RestLoadGenerator} (open-loop
 * HTTP load at a fixed rate, with a same-run baseline endpoint). Commands in the README.
 */
package com.kcspeedshop.serving.bench;
