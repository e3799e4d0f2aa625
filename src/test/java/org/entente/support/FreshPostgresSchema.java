package org.entente.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wipes the test schema before migrating, so every PostgreSQL run starts from the migrations alone. */
@TestConfiguration(proxyBeanMethods = false)
class FreshPostgresSchema {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
