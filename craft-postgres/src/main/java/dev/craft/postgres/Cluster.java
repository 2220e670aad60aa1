package dev.craft.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The data directory's life cycle: {@code initdb} once, settings, the superuser password, stale pid files. */
final class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

    private Cluster() {}

    static Path passwordFile(EmbeddedPostgres.Settings s) {
        return s.dataDir().resolveSibling(s.dataDir().getFileName() + ".password");
    }

    static Path logFile(EmbeddedPostgres.Settings s) {
        return s.dataDir().resolveSibling(s.dataDir().getFileName() + ".log");
    }

    /** Creates the cluster when the data directory holds none; returns the superuser's password. */
    static String ensureInitialized(PostgresCommands commands, EmbeddedPostgres.Settings s, String superuser) throws IOException {
        Path dataDir = s.dataDir();
        Path passwordFile = passwordFile(s);
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            if (!Files.exists(passwordFile)) {
                throw new IllegalStateException("the database in " + dataDir + " has no password file " + passwordFile
                        + "; restore it from your backup, or move the data directory away to start afresh");
            }
            return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        }
        if (Files.exists(dataDir) && !isEmptyDirectory(dataDir)) {
            throw new IllegalStateException(dataDir + " exists but is not a PostgreSQL data directory (no PG_VERSION);"
                    + " move it away or choose another craft home");
        }
        String password = randomPassword();
        Path parent = dataDir.getParent();
        // initdb into a staging directory and move it into place: a crash half-way leaves no half cluster.
        Path staging = Files.createTempDirectory(parent, "." + dataDir.getFileName() + ".initdb-");
        Path pwFile = Files.createTempFile(parent, ".pw-", ".txt");
        try {
            restrictToOwner(pwFile);
            Files.writeString(pwFile, password + "\n", StandardCharsets.UTF_8);
            if (commands.usesNamespace()) {
                // Inside the namespace the tool runs as uid 1000, which maps to root: the 0600 file stays readable.
                LOG.info("running the embedded PostgreSQL as uid " + PostgresCommands.NAMESPACE_ID + " in a user namespace (this process runs as root)");
            }
            var r = commands.run(parent, s.startTimeout(), "initdb", List.of(
                    "-D", staging.toString(), "-U", superuser, "--pwfile=" + pwFile,
                    "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"));
            if (!r.ok()) throw new IllegalStateException("initdb failed for " + dataDir + ":\n" + r.output().strip());
            appendSettings(staging.resolve("postgresql.conf"), s.durable());
            Path pwTarget = passwordFile;
            Files.deleteIfExists(pwTarget);
            Files.move(pwFile, pwTarget, StandardCopyOption.ATOMIC_MOVE);
            restrictToOwner(pwTarget);
            Files.deleteIfExists(dataDir);
            Files.move(staging, dataDir, StandardCopyOption.ATOMIC_MOVE);
            return password;
        } finally {
            Files.deleteIfExists(pwFile);
            PostgresBinaries.deleteTree(staging);
        }
    }

    /**
     * A {@code postmaster.pid} left behind by a crash: if it names a live postgres, that server is an
     * orphan of a craft process that died (we hold the lock, so no live craft owns it): stop it. If it
     * names no live process, delete the file.
     */
    static void removeStalePid(PostgresCommands commands, EmbeddedPostgres.Settings s) {
        Path pidFile = s.dataDir().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                LOG.info("removing stale " + pidFile + " (process " + pid + " is gone)");
                Files.deleteIfExists(pidFile);
                return;
            }
            String command = process.get().info().command().orElse("");
            if (command.endsWith("postgres") || command.endsWith("postgres.exe")) {
                LOG.warning("stopping an orphaned PostgreSQL (pid " + pid + ") left running on " + s.dataDir());
                var r = commands.run(s.dataDir().getParent(), Duration.ofSeconds(60), "pg_ctl",
                        List.of("stop", "-D", s.dataDir().toString(), "-m", "fast", "-w", "-t", "60"));
                if (!r.ok()) throw new IllegalStateException("cannot stop the orphaned PostgreSQL (pid " + pid + "): " + r.output().strip());
            } else if (command.isEmpty()) {
                throw new IllegalStateException(pidFile + " names process " + pid + ", which is alive but cannot be"
                        + " inspected; if it is not a PostgreSQL of this data directory, delete " + pidFile);
            } else {
                LOG.info("removing stale " + pidFile + " (pid " + pid + " now belongs to " + command + ")");
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect " + pidFile, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(pidFile + " is unreadable; delete it if no PostgreSQL runs on " + s.dataDir(), e);
        }
    }

    static String logTail(EmbeddedPostgres.Settings s) {
        Path log = logFile(s);
        try {
            if (!Files.exists(log)) return "";
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static void appendSettings(Path conf, boolean durable) throws IOException {
        var sb = new StringBuilder("""

                # --- written by craft (dev.craft.postgres) ---
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                timezone = 'UTC'
                log_timezone = 'UTC'
                max_connections = 200
                """);
        if (!durable) {
            sb.append("""
                    # a throwaway test cluster: durability traded for speed
                    fsync = off
                    synchronous_commit = off
                    full_page_writes = off
                    """);
        }
        Files.writeString(conf, sb, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            // NTFS: the user's profile directory is private already
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
