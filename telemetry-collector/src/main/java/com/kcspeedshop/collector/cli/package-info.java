/**
 * The {@code kcs-collector} command line (picocli). Commands parse and validate their options, wire the capability
 * packages together and report progress; they hold no simulation or Kafka logic of their own.
 *
 * <p>Exit codes: 0 success, 1 the run finished but some readings failed to send, 2 invalid command line.
 */
package com.kcspeedshop.collector.cli;
