package dev.craft.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.postgres.EmbeddedPostgres;
import dev.craft.server.testing.Api;
import dev.craft.server.testing.TestDatabaseInitializer;
import dev.craft.testsupport.postgres.TestPostgres;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A lost database: requests fail fast with a clear 503 problem (not a hang, not a 500), and the server
 * recovers by itself when PostgreSQL is back, without a restart. Runs on a PostgreSQL of its own, since
 * it stops it.
 */
@SpringBootTest(classes = dev.craft.server.CraftServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DatabaseOutageTest.PrivateDatabase.class)
class DatabaseOutageTest {

    static final EmbeddedPostgres PG = TestPostgres.privateServer();

    static final class PrivateDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try (var c = DriverManager.getConnection(PG.jdbcUrl("postgres"), PG.user(), PG.password()); var st = c.createStatement()) {
                st.execute("create database outage");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("outage-db", Map.of(
                    "craft.db.url", PG.jdbcUrl("outage"), "craft.db.user", PG.user(), "craft.db.password", PG.password(),
                    "craft.db.connect-timeout-ms", "1500", "craft.admin.password", TestDatabaseInitializer.ADMIN_PASSWORD,
                    "craft.home", System.getProperty("java.io.tmpdir") + "/craft-outage-home")));
        }
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopDatabase() {
        PG.close();
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutARestart() throws Exception {
        var admin = Api.admin(port);
        String org = Api.newOrg(port);
        var key = Api.withKey(port, org, "AUDITOR");
        assertThat(admin.get("/api/v1/orgs").status()).isEqualTo(200);

        PG.stop();
        try {
            Instant started = Instant.now();
            var asUser = admin.get("/api/v1/orgs");
            var asKey = key.get("/api/v1/orgs/" + org + "/products");
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(15));
            for (var r : new Api.Response[] {asUser, asKey}) {
                assertThat(r.status()).as(r.toString()).isEqualTo(503);
                assertThat(r.contentType()).isEqualTo("application/problem+json");
                assertThat(r.json().get("type").asString()).isEqualTo("urn:craft:problem:database-unavailable");
                assertThat(r.json().get("detail").asString()).contains("database is unavailable");
            }
            var health = Api.anonymous(port).get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
        } finally {
            PG.restart();
        }

        Api.Response after = null;
        for (Instant deadline = Instant.now().plusSeconds(30); Instant.now().isBefore(deadline); Thread.sleep(250)) {
            after = key.get("/api/v1/orgs/" + org + "/products");
            if (after.status() == 200) break;
        }
        assertThat(after).isNotNull();
        assertThat(after.status()).as(String.valueOf(after)).isEqualTo(200);
        assertThat(admin.get("/api/v1/orgs").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    }
}
