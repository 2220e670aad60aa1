package dev.craft.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL tools ({@code initdb}, {@code pg_ctl}) of one installation. PostgreSQL refuses to
 * run as root, so when this JVM runs as uid 0 every command is prefixed with {@code unshare --user
 * --map-user=1000 --map-group=1000}: the tool then runs as uid 1000 inside a fresh user namespace, where
 * files owned by the real root appear owned by uid 1000, so the data directory's ownership check passes.
 */
final class PostgresCommands {

    /** The unprivileged uid/gid that root is mapped to inside the user namespace. */
    static final int NAMESPACE_ID = 1000;

    private final Path installDir;
    private final List<String> prefix;

    private PostgresCommands(Path installDir, List<String> prefix) {
        this.installDir = installDir;
        this.prefix = prefix;
    }

    static PostgresCommands of(Path installDir, Path scratchDir) {
        if (!runningAsRoot()) return new PostgresCommands(installDir, List.of());
        List<String> prefix = List.of("unshare", "--user",
                "--map-user=" + NAMESPACE_ID, "--map-group=" + NAMESPACE_ID);
        var probe = new PostgresCommands(installDir, prefix);
        Result r;
        try {
            r = probe.exec(scratchDir, Duration.ofSeconds(10), withTail(prefix, "true"));
        } catch (UncheckedIOException e) {
            r = new Result(-1, String.valueOf(e.getCause().getMessage()));
        }
        if (r.exitCode() != 0) {
            throw new IllegalStateException("""
                    PostgreSQL refuses to run as root, and this process runs as root. craft runs the embedded \
                    PostgreSQL as an unprivileged user in a user namespace ('unshare --user --map-user=1000', \
                    util-linux 2.38 or newer), which failed here: %s
                    Fix one of: run craft as a normal user; install util-linux 2.38+ and allow user namespaces \
                    (sysctl kernel.unprivileged_userns_clone=1, or a container with user namespaces enabled); \
                    or set craft.db.url (CRAFT_DB_URL) to an external PostgreSQL.""".formatted(r.output().strip()));
        }
        return probe;
    }

    static boolean runningAsRoot() {
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) return false;
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException unavailable) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    boolean usesNamespace() {
        return !prefix.isEmpty();
    }

    /** Runs {@code bin/<tool> args...} and returns its exit code and combined output. */
    Result run(Path scratchDir, Duration timeout, String tool, List<String> args) {
        var command = new ArrayList<>(prefix);
        command.add(installDir.resolve("bin").resolve(tool).toString());
        command.addAll(args);
        return exec(scratchDir, timeout, command);
    }

    private Result exec(Path scratchDir, Duration timeout, List<String> command) {
        Path output = null;
        try {
            Files.createDirectories(scratchDir);
            // Output goes to a file, not a pipe: pg_ctl's postmaster may keep inherited descriptors open.
            output = Files.createTempFile(scratchDir, ".pg-cmd-", ".log");
            var pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            pb.environment().put("LC_ALL", "C");
            pb.environment().remove("PGDATA");
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private static List<String> withTail(List<String> head, String tail) {
        var all = new ArrayList<>(head);
        all.add(tail);
        return all;
    }

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }
}
