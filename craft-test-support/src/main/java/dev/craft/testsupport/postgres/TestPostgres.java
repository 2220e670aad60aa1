package dev.craft.testsupport.postgres;

import dev.craft.postgres.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The test JVM's one PostgreSQL (started on first use in a temp directory, stopped at JVM exit), and
 * fresh databases on it: empty, or cloned from a template that is migrated once per JVM
 * ({@code CREATE DATABASE x TEMPLATE t} copies files, so a migrated database costs milliseconds).
 *
 * <pre>
 * TestDatabase db = TestPostgres.cloneOf("craft", template -&gt; Flyway.configure().dataSource(template.dataSource()).load().migrate());
 * </pre>
 */
public final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<String> TEMPLATES = new HashSet<>();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** The JVM-wide server; started on first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("craft-test-pg-");
                server = EmbeddedPostgres.start(EmbeddedPostgres.Settings.throwaway(dir.resolve("pgdata"), binariesCache()));
                server.stopOnExit();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "craft-test-pg-cleanup"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /**
     * A PostgreSQL of its own, in its own temp directory, for tests that stop and restart the server
     * (a fault test must not take the shared one down). The caller closes it.
     */
    public static EmbeddedPostgres privateServer() {
        try {
            Path dir = Files.createTempDirectory("craft-test-pg-private-");
            return EmbeddedPostgres.start(EmbeddedPostgres.Settings.throwaway(dir.resolve("pgdata"), binariesCache()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database. */
    public static TestDatabase freshDatabase(String prefix) {
        String name = uniqueName(prefix);
        execute("create database " + name);
        return database(name);
    }

    /**
     * A new database cloned from template {@code templateName}, which {@code migrate} fills once per JVM
     * (the first caller migrates; later callers get clones).
     */
    public static TestDatabase cloneOf(String templateName, Consumer<TestDatabase> migrate) {
        String template = "template_" + requireIdentifier(templateName);
        synchronized (TEMPLATES) {
            if (!TEMPLATES.contains(template)) {
                execute("drop database if exists " + template);
                execute("create database " + template);
                migrate.accept(database(template));
                TEMPLATES.add(template);
            }
            // Cloning needs the template idle: serialise clones of one template.
            String name = uniqueName(templateName);
            execute("create database " + name + " template " + template);
            return database(name);
        }
    }

    public static TestDatabase database(String name) {
        EmbeddedPostgres pg = server();
        return new TestDatabase(name, pg.jdbcUrl(name), pg.user(), pg.password());
    }

    private static String uniqueName(String prefix) {
        return requireIdentifier(prefix) + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }

    private static String requireIdentifier(String s) {
        if (!s.matches("[a-z][a-z0-9_]{0,30}")) throw new IllegalArgumentException("not a simple lower-case identifier: " + s);
        return s;
    }

    private static void execute(String sql) {
        EmbeddedPostgres pg = server();
        try (var c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Path binariesCache() {
        return Path.of(System.getProperty("java.io.tmpdir"), "craft-test-postgres-binaries");
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
