/**
 * Test support shared by the integration tests: a migrated database per test class and plain Kafka clients.
 *
 * <p>Invariants: everything here talks to the real embedded broker and PostgreSQL from
 * {@link com.kcspeedshop.infra.SharedInfrastructure}; the schema comes from platform-api's own Flyway migrations.
 */
package com.kcspeedshop.flink.testing;
