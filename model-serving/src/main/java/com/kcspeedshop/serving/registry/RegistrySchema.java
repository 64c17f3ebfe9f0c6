package com.kcspeedshop.serving.registry;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates the registry table on a database. The SQL is platform-api's {@code V20__model_registry.sql}, packaged into
 * this module at build time; it runs under its own history table so it never disturbs platform-api's, and is written
 * idempotently so either side may apply it first on a shared database.
 */
public final class RegistrySchema {

    static final String HISTORY_TABLE = "model_registry_schema_history";

    private RegistrySchema() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/model-registry")
                .table(HISTORY_TABLE)
                // a shared database already holds platform-api's tables: start our own history from nothing
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
