/**
 * Decode benchmarks (JMH) and the {@code kcs-collector bench} command that runs them and prints a table.
 *
 * <p>Concept: every figure is printed next to a baseline measured in the same run, the bare minimum any decoder must
 * do with the same text (split it into lines and tokens, turn hex into bytes with {@link java.util.HexFormat}). On a
 * shared, noisy machine absolute frames/s drift from run to run; the ratio to that baseline travels much better.
 *
 * <p>Invariants: all benchmarks run the same mix of adapter responses ({@link DecodeInputs}), single-threaded, in one
 * fork, and count throughput in wire frames of that mix, so the framing, meaning and end-to-end rows are comparable.
 * Nothing here runs in the test suite: a benchmark is not a test, and timing assertions on shared CI would be flaky.
 */
package com.kcspeedshop.collector.bench;
