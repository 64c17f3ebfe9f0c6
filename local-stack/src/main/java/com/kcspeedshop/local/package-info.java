/**
 * The embedded default: the whole platform in one JVM on one machine, with only a JDK installed.
 *
 * <p>Start order follows the data: Kafka, PostgreSQL, platform-api (which migrates the schema), the Flink job (which
 * resumes from its last checkpoint), the simulator. Stop order is the reverse, so nothing writes into a stopped service.
 * All state lives under one data folder, locked against a second launcher. Each piece can point at an external service
 * instead; the embedded one is then not started.
 */
package com.kcspeedshop.local;
