package dev.craft.server.testing;

import dev.craft.testsupport.postgres.TestDatabase;
import dev.craft.testsupport.postgres.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test server at a fresh database on the JVM's embedded PostgreSQL, with a known admin password. */
public final class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestPostgres.freshDatabase("server");
        try {
            var home = Files.createTempDirectory("craft-home-");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("craft-test-database", Map.of(
                    "craft.db.url", db.jdbcUrl(),
                    "craft.db.user", db.user(),
                    "craft.db.password", db.password(),
                    "craft.db.connect-timeout-ms", "2000",
                    "craft.home", home.toString(),
                    "craft.admin.password", ADMIN_PASSWORD,
                    "craft.jobs.poll-interval-ms", "200")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
