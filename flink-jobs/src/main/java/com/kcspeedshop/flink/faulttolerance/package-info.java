/**
 * Fault tolerance shared by the jobs: checkpoint interval, mode and storage, state backend (heap or RocksDB) and
 * restart strategy, as one validated record ({@link com.kcspeedshop.flink.faulttolerance.FaultTolerance}) that
 * turns into Flink configuration keys.
 *
 * <p>Invariant: a setting left empty (checkpoint interval 0, no directory) leaves the environment's value alone, so a
 * launcher that owns checkpointing (the embedded MiniCluster) keeps it.
 */
package com.kcspeedshop.flink.faulttolerance;
