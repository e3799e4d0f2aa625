package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database made before the migrations moved into folders per module (versions 1 to 27, as the release before
 * issue 17 left them) upgrades cleanly to today's schema: every migration it applied still validates, and the
 * new ones, versioned by date so that modules never collide, apply after them.
 */
class MigrationUpgradeTests {

    @Test
    void aDatabaseOfVersion27UpgradesToTheCurrentSchema() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:upgrade-" + System.nanoTime() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("27").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("insert into party (code, kind, name, working_languages, version, registered_at, updated_at) "
                + "values ('UPG', 'OTHER', 'Made before the upgrade', 'en', 0, current_timestamp, current_timestamp)")
                .update();

        MigrateResult result = Flyway.configure().dataSource(database).locations("classpath:db/migration").load()
                .migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        MigrationInfo[] applied = Flyway.configure().dataSource(database).locations("classpath:db/migration").load()
                .info().applied();
        assertThat(Arrays.stream(applied).map(i -> i.getVersion().toString()))
                .contains("27", "2026.12.07.1000", "2026.12.07.1100");
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select name from party where code = 'UPG'").query(String.class).single())
                .isEqualTo("Made before the upgrade");
    }
}
