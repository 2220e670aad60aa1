package dev.craft.postgres;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * A PostgreSQL server run by craft from its own binaries, listening on loopback only, with a data
 * directory that survives restarts. One instance owns one data directory (a lock file next to it keeps
 * a second craft process out).
 *
 * <pre>
 * try (var pg = EmbeddedPostgres.start(EmbeddedPostgres.Settings.persistent(home.resolve("pgdata"), home.resolve("postgres")))) {
 *     String url = pg.jdbcUrl("postgres");   // user pg.user(), password pg.password()
 * }
 * </pre>
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class.getName());
    private static final String SUPERUSER = "craft";

    /**
     * @param dataDir       the cluster's data directory (created with {@code initdb} when absent)
     * @param binariesCache where the PostgreSQL binaries are unpacked (shared by all data directories)
     * @param port          the loopback port, or 0 for a free one chosen at start
     * @param durable       false turns off fsync and synchronous commit: for throwaway test clusters only
     * @param startTimeout  how long {@code initdb} and {@code pg_ctl start} may take
     */
    public record Settings(Path dataDir, Path binariesCache, int port, boolean durable, Duration startTimeout) {
        public Settings {
            requireNonNull(dataDir, "dataDir must not be null");
            requireNonNull(binariesCache, "binariesCache must not be null");
            requireNonNull(startTimeout, "startTimeout must not be null");
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
            dataDir = dataDir.toAbsolutePath().normalize();
            binariesCache = binariesCache.toAbsolutePath().normalize();
        }

        /** A cluster whose data must survive (the server's default database). */
        public static Settings persistent(Path dataDir, Path binariesCache) {
            return new Settings(dataDir, binariesCache, 0, true, Duration.ofSeconds(120));
        }

        /** A throwaway cluster for tests: no fsync. */
        public static Settings throwaway(Path dataDir, Path binariesCache) {
            return new Settings(dataDir, binariesCache, 0, false, Duration.ofSeconds(120));
        }

        public Settings withPort(int newPort) {
            return new Settings(dataDir, binariesCache, newPort, durable, startTimeout);
        }
    }

    private final Settings settings;
    private final PostgresCommands commands;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String password;
    private int port;
    private boolean running;
    private boolean closed;

    private EmbeddedPostgres(Settings settings, PostgresCommands commands, FileChannel lockChannel, FileLock lock, String password) {
        this.settings = settings;
        this.commands = commands;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.password = password;
        this.port = settings.port();
    }

    /** Unpacks the binaries if needed, creates the cluster if needed, and starts it. */
    public static EmbeddedPostgres start(Settings settings) {
        Path dataDir = settings.dataDir();
        Path parent = dataDir.getParent();
        FileChannel channel = null;
        try {
            Files.createDirectories(parent);
            Path lockFile = parent.resolve(dataDir.getFileName() + ".lock");
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("the database in " + dataDir + " is in use by another craft process"
                        + " (lock " + lockFile + "); stop it first, or give this one another craft home");
            }
            Path installDir = PostgresBinaries.install(settings.binariesCache());
            var commands = PostgresCommands.of(installDir, parent);
            String password = Cluster.ensureInitialized(commands, settings, SUPERUSER);
            var pg = new EmbeddedPostgres(settings, commands, channel, lock, password);
            pg.startServer();
            return pg;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Starts the server again after {@link #stop()}, on the same port (used to test recovery). */
    public synchronized void restart() {
        if (closed) throw new IllegalStateException("closed");
        if (!running) startServer();
    }

    /** Stops the server (fast shutdown: open sessions are cut), keeping the data directory locked. */
    public synchronized void stop() {
        if (!running) return;
        if (!Files.exists(settings.dataDir().resolve("postmaster.pid"))) {
            running = false;
            return;
        }
        var r = commands.run(settings.dataDir().getParent(), Duration.ofSeconds(60), "pg_ctl",
                List.of("stop", "-D", settings.dataDir().toString(), "-m", "fast", "-w", "-t", "60"));
        if (!r.ok()) LOG.warning("pg_ctl stop failed: " + r.output().strip());
        running = false;
    }

    /** Stops the server and releases the data directory. */
    @Override
    public synchronized void close() {
        if (closed) return;
        try {
            stop();
        } finally {
            closed = true;
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel close below releases it too
            }
            closeQuietly(lockChannel);
        }
    }

    /** Stops the server when the JVM exits (Ctrl-C, SIGTERM, normal exit). */
    public EmbeddedPostgres stopOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "craft-postgres-stop"));
        return this;
    }

    public synchronized boolean isRunning() {
        return running;
    }

    public synchronized int port() {
        return port;
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** True when PostgreSQL runs inside a user namespace because this JVM runs as root. */
    public boolean usesUserNamespace() {
        return commands.usesNamespace();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    private void startServer() {
        Cluster.removeStalePid(commands, settings);
        boolean choosePort = port == 0;
        String lastOutput = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            int candidate = choosePort ? freePort() : port;
            var r = commands.run(settings.dataDir().getParent(), settings.startTimeout().plusSeconds(10), "pg_ctl",
                    List.of("start", "-D", settings.dataDir().toString(), "-w",
                            "-t", Long.toString(settings.startTimeout().toSeconds()),
                            "-l", Cluster.logFile(settings).toString(),
                            "-o", "-p " + candidate));
            if (r.ok()) {
                port = candidate;
                running = true;
                return;
            }
            lastOutput = r.output().strip() + "\n" + Cluster.logTail(settings);
            if (!choosePort || !lastOutput.contains("could not bind")) break;
        }
        throw new IllegalStateException("the embedded PostgreSQL in " + settings.dataDir() + " did not start:\n" + lastOutput);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free loopback port", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
