package dev.craft.vuln.store;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceSnapshot;
import dev.craft.vuln.StoreManifest;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The store on disk: one file, {@code advisories.db}, written atomically (temporary file, flush to disk, atomic
 * rename), so that a reader sees the old store or the new one, never half of one.
 *
 * <pre>
 * "CRAFTDB\n"  format:int  manifestLength:int  manifest (JSON, UTF-8)  deflate( sourceCount, sources... )
 * </pre>
 * The manifest comes first and uncompressed, so that status needs only the header. A copy is written to
 * {@code manifest.json} for people and tools; the copy is informational, the header is authoritative.
 */
public final class StoreFile {

    public static final String FILE_NAME = "advisories.db";
    public static final String MANIFEST_NAME = "manifest.json";
    public static final int FORMAT = 1;
    private static final byte[] MAGIC = "CRAFTDB\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int MAX_MANIFEST = 16 << 20;

    private StoreFile() {}

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE_NAME));
    }

    /** Reads only the manifest. */
    public static StoreManifest readManifest(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            return header(new DataInputStream(raw), file);
        } catch (IOException e) {
            throw damaged(file, e);
        }
    }

    /** Reads the manifest and every source. */
    public static Loaded read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            StoreManifest manifest = header(new DataInputStream(raw), file);
            Map<String, SourceInfo> byName = new HashMap<>();
            for (SourceInfo s : manifest.sources()) byName.put(s.name(), s);
            var in = new BinaryIn(new BufferedInputStream(new InflaterInputStream(raw, new java.util.zip.Inflater(), 1 << 16), 1 << 16));
            int n = in.count();
            var sources = new ArrayList<SourceSnapshot>(n);
            for (int i = 0; i < n; i++) sources.add(SnapshotCodec.read(in, byName::get));
            return new Loaded(manifest, sources);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) throw ie;
            throw damaged(file, e);
        }
    }

    /** The manifest and sources of a store file. */
    public record Loaded(StoreManifest manifest, List<SourceSnapshot> sources) {}

    /** Writes the store atomically and returns its manifest. */
    public static StoreManifest write(Path dir, List<SourceSnapshot> sources, Instant now) {
        var manifest = new StoreManifest(FORMAT, now, sources.stream().map(SourceSnapshot::info).toList());
        try {
            Files.createDirectories(dir);
            byte[] json = ManifestJson.write(manifest);
            Path tmp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                        OutputStream os = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
                    var data = new DataOutputStream(os);
                    data.write(MAGIC);
                    data.writeInt(FORMAT);
                    data.writeInt(json.length);
                    data.write(json);
                    data.flush();
                    var deflater = new Deflater(Deflater.BEST_SPEED);
                    var body = new DeflaterOutputStream(new NonClosing(os), deflater, 1 << 16);
                    var out = new BinaryOut(new BufferedOutputStream(body, 1 << 16));
                    out.varint(sources.size());
                    for (SourceSnapshot s : sources) SnapshotCodec.write(out, s);
                    out.flush();
                    body.finish();
                    deflater.end();
                    os.flush();
                    ch.force(true);
                }
                Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            Path mtmp = Files.createTempFile(dir, MANIFEST_NAME + ".", ".tmp");
            Files.write(mtmp, json);
            Files.move(mtmp, dir.resolve(MANIFEST_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the advisory store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Holds the store's lock file ({@code .lock}) while {@code action} runs, so that two imports at once cannot lose
     * each other's sources. Blocks until the other writer is done.
     */
    public static <T> T locked(Path dir, java.util.function.Supplier<T> action) {
        try {
            Files.createDirectories(dir);
            // File locks are per process; threads of one process (the server) also queue on an in-process lock.
            var inProcess = LOCKS.computeIfAbsent(dir.toRealPath(), k -> new java.util.concurrent.locks.ReentrantLock());
            inProcess.lock();
            try (FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = ch.lock()) {
                return action.get();
            } finally {
                inProcess.unlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the advisory store in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static StoreManifest header(DataInputStream in, Path file) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) throw new InputException(new Problem(file.toString(), "", "not a craft advisory store",
                "a file written by craft db import or craft db sync"));
        int format = in.readInt();
        if (format != FORMAT) throw new InputException(new Problem(file.toString(), "", "store format " + format + " is not supported",
                "format " + FORMAT + "; re-create it with craft db import or craft db sync"));
        int len = in.readInt();
        if (len < 0 || len > MAX_MANIFEST) throw new IOException("manifest length " + len + " out of bounds");
        byte[] json = in.readNBytes(len);
        if (json.length != len) throw new IOException("truncated manifest");
        return ManifestJson.read(json);
    }

    private static InputException damaged(Path file, Exception e) {
        return new InputException(new Problem(file.toString(), "", "the advisory store is damaged or unreadable: " + e.getMessage(),
                "re-create it with craft db import or craft db sync"), e);
    }

    /** Keeps the deflater from closing the file before it is flushed and forced to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
