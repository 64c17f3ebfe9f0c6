package com.kcspeedshop.platform;

import com.kcspeedshop.events.Topics;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;

/** The real PostgreSQL database and Kafka topic the ITs of this JVM share; created once, on first use. */
public final class RealInfrastructure {

    private RealInfrastructure() {
    }

    public static String databaseUrl() {
        return Holder.DATABASE_URL;
    }

    public static String databaseUser() {
        return EmbeddedPostgresServer.USER;
    }

    public static String bootstrapServers() {
        return Holder.BOOTSTRAP_SERVERS;
    }

    private static final class Holder {
        static final String DATABASE_URL = SharedInfrastructure.postgres().createDatabase("platform_api_it");
        static final String BOOTSTRAP_SERVERS = startKafka();

        private static String startKafka() {
            // one partition: windows of every car arrive in the order they were produced
            SharedInfrastructure.kafka().createTopics(1, Topics.SIGNAL_WINDOWS, Topics.HEALTH_SCORES, Topics.ALERTS);
            return SharedInfrastructure.kafka().bootstrapServers();
        }
    }
}
