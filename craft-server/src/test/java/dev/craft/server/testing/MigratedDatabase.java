package dev.craft.server.testing;

import dev.craft.testsupport.postgres.PostgresExtension;
import org.flywaydb.core.Flyway;

/** Databases with craft's schema, cloned from one template migrated once per test JVM. */
public final class MigratedDatabase {

    private MigratedDatabase() {}

    public static PostgresExtension perTest() {
        return PostgresExtension.migrated("craft_schema", db -> Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("classpath:db/migration")
                .load().migrate()).perTest();
    }
}
