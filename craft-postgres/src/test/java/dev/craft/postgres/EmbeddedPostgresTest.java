package dev.craft.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path home;

    private EmbeddedPostgres.Settings settings() {
        // A shared binaries cache keeps the suite from unpacking the same archive per test.
        return EmbeddedPostgres.Settings.throwaway(home.resolve("pgdata"), Path.of(System.getProperty("java.io.tmpdir"), "craft-test-postgres-binaries"));
    }

    @Test
    void shouldKeepDataAcrossRestartsWhenTheSameDataDirectoryIsReused() throws Exception {
        try (var pg = EmbeddedPostgres.start(settings())) {
            execute(pg, "create table kept (v text)", "insert into kept values ('across restarts')");
        }
        try (var pg = EmbeddedPostgres.start(settings())) {
            assertThat(query(pg, "select v from kept")).isEqualTo("across restarts");
            assertThat(query(pg, "show timezone")).isIn("UTC", "Etc/UTC");
            assertThat(query(pg, "show server_encoding")).isEqualTo("UTF8");
        }
    }

    @Test
    void shouldRunPostgresqlSeventeenOnLoopbackWithAPassword() throws Exception {
        try (var pg = EmbeddedPostgres.start(settings())) {
            assertThat(query(pg, "show server_version_num")).startsWith("17");
            assertThat(query(pg, "select inet_server_addr()::text")).isEqualTo("127.0.0.1/32");
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), "wrong").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThat(Files.getPosixFilePermissions(Cluster.passwordFile(settings())))
                    .extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        }
    }

    @Test
    void shouldRefuseASecondOwnerOfTheSameDataDirectory() {
        try (var pg = EmbeddedPostgres.start(settings())) {
            assertThat(pg.isRunning()).isTrue();
            assertThatThrownBy(() -> EmbeddedPostgres.start(settings()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another craft process");
        }
    }

    @Test
    void shouldComeBackOnTheSamePortWhenRestartedAfterAStop() throws Exception {
        try (var pg = EmbeddedPostgres.start(settings())) {
            int port = pg.port();
            pg.stop();
            assertThatThrownBy(() -> query(pg, "select 1")).isInstanceOf(SQLException.class);
            pg.restart();
            assertThat(pg.port()).isEqualTo(port);
            assertThat(query(pg, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void shouldStartWhenAStalePidFileNamesADeadProcess() throws Exception {
        try (var pg = EmbeddedPostgres.start(settings())) {
            pg.stop();
            // What a power cut leaves behind: a pid file whose process is gone.
            Files.writeString(pg.dataDir().resolve("postmaster.pid"), "999999999\n" + pg.dataDir() + "\n");
            pg.restart();
            assertThat(query(pg, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void shouldStopAnOrphanedServerThatACrashedProcessLeftRunning() throws Exception {
        try (var pg = EmbeddedPostgres.start(settings())) {
            Path install = PostgresBinaries.install(settings().binariesCache());
            var commands = PostgresCommands.of(install, home);
            // As if the owning JVM had been killed with -9: the server runs, nobody holds it.
            Cluster.removeStalePid(commands, settings());
            assertThat(Files.exists(pg.dataDir().resolve("postmaster.pid"))).isFalse();
            var status = commands.run(home, Duration.ofSeconds(30), "pg_ctl", List.of("status", "-D", pg.dataDir().toString()));
            assertThat(status.output()).contains("no server running");
        }
    }

    @Test
    void shouldRefuseADirectoryThatIsNotADataDirectory() throws Exception {
        Files.createDirectories(settings().dataDir());
        Files.writeString(settings().dataDir().resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> EmbeddedPostgres.start(settings()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a PostgreSQL data directory");
    }

    private static void execute(EmbeddedPostgres pg, String... statements) throws SQLException {
        try (var c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                var st = c.createStatement()) {
            for (String sql : statements) st.execute(sql);
        }
    }

    private static String query(EmbeddedPostgres pg, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
