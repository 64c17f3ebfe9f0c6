/**
 * Real infrastructure, started in-process: a Kafka broker in KRaft mode and a PostgreSQL server from embedded binaries.
 *
 * <p>Both keep their data in a folder the caller chooses, so the embedded default survives a restart; both refuse to
 * start on a port that is taken, with a message saying which. {@link com.kcspeedshop.infra.SharedInfrastructure} gives
 * integration tests one broker and one database server per JVM.
 */
package com.kcspeedshop.infra;
