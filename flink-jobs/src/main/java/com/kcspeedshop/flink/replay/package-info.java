/**
 * The {@code replay} command: the health job's graph ({@code HealthJob.build}) on a bounded input, on a local
 * MiniCluster with parallelism 1, so its outputs are what the streaming job would produce for the same readings (plus
 * each vehicle's last interval, which the end of input closes). Inputs are our own readings as JSON lines or a real trip
 * log; outputs are JSON lines handed to the command in-process.
 */
package com.kcspeedshop.flink.replay;
