package dev.craft.vuln.ingest;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.ProgressListener;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a feed input, whatever its packaging, and hands each contained file to a handler as a stream: a plain
 * file, a gzip file, a zip archive (the osv.dev per-ecosystem {@code all.zip}), or a folder of any of these.
 * Archives are streamed, never extracted, and bounded by {@link InputLimits}. The sha256 of the bytes on disk is
 * computed on the way.
 */
final class FeedInput {

    /** Receives one contained file. The stream must not be closed by the handler. */
    @FunctionalInterface
    interface EntryHandler {
        void entry(String name, InputStream in) throws IOException;
    }

    /** What was read: the checksum of the input's bytes (for a folder, of its files in path order) and their size. */
    record Read(String sha256, long bytes, int entries) {}

    private final InputLimits limits;
    private final ProgressListener progress;
    private final String task;

    FeedInput(InputLimits limits, ProgressListener progress, String task) {
        this.limits = limits;
        this.progress = progress;
        this.task = task;
    }

    Read read(Path path, EntryHandler handler) {
        MessageDigest digest = sha256();
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(path)) {
                    files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
                }
                if (files.size() > limits.maxEntries()) throw tooMany(path.toString());
                long bytes = 0, total = files.stream().mapToLong(FeedInput::size).sum();
                int entries = 0;
                for (Path f : files) {
                    int[] count = {0};
                    long before = bytes;
                    bytes += readFile(f, path.relativize(f).toString(), digest, (n, in) -> {
                        count[0]++;
                        handler.entry(n, in);
                    }, before, total);
                    entries += count[0];
                }
                return new Read(HexFormat.of().formatHex(digest.digest()), bytes, entries);
            }
            int[] count = {0};
            long bytes = readFile(path, path.getFileName().toString(), digest, (n, in) -> {
                count[0]++;
                handler.entry(n, in);
            }, 0, size(path));
            return new Read(HexFormat.of().formatHex(digest.digest()), bytes, count[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one file on disk; returns its size. */
    private long readFile(Path file, String name, MessageDigest digest, EntryHandler handler, long doneBefore, long total)
            throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                var digesting = new DigestInputStream(raw, digest);
                var packed = new CountingInputStream(digesting)) {
            var in = new BufferedInputStream(new ProgressStream(packed, done -> progress.progress(task, doneBefore + done, total)), 1 << 16);
            in.mark(4);
            int b0 = in.read(), b1 = in.read(), b2 = in.read(), b3 = in.read();
            in.reset();
            String source = file.toString();
            var budget = new BoundedInputStream.Budget(source, limits, packed::count);
            if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
                readZip(in, source, budget, handler);
            } else if (b0 == 0x1f && b1 == 0x8b) {
                var gz = new GZIPInputStream(new NonClosing(in), 1 << 16);
                String inner = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
                handler.entry(inner, new BoundedInputStream(gz, budget, inner, limits.maxTotalBytes()));
            } else {
                handler.entry(name, new NonClosing(in));
            }
            in.transferTo(OutputStreamSink.INSTANCE); // finish the checksum over any bytes the handler did not need
            return packed.count();
        }
    }

    private void readZip(InputStream in, String source, BoundedInputStream.Budget budget, EntryHandler handler) throws IOException {
        var zip = new ZipInputStream(in);
        int entries = 0;
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
            if (e.isDirectory()) continue;
            if (++entries > limits.maxEntries()) throw tooMany(source);
            handler.entry(e.getName(), new BoundedInputStream(zip, budget, e.getName(), limits.maxEntryBytes()));
            zip.closeEntry();
        }
    }

    private InputException tooMany(String source) {
        return new InputException(new Problem(source, "", "refused: more than " + limits.maxEntries() + " files",
                "an archive or folder with at most " + limits.maxEntries() + " files"));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Reports the packed bytes read, at most every 256 KB. */
    private static final class ProgressStream extends java.io.FilterInputStream {
        private final java.util.function.LongConsumer report;
        private long done, reported;

        ProgressStream(InputStream in, java.util.function.LongConsumer report) {
            super(in);
            this.report = report;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) tick(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) tick(n);
            return n;
        }

        private void tick(int n) {
            done += n;
            if (done - reported >= (256 << 10)) {
                reported = done;
                report.accept(done);
            }
        }
    }

    /** Handlers (and the parsers they use) may close what they are given; the file stays open for the checksum. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the owner closes the file
        }
    }

    /** Discards bytes. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) { }

        @Override
        public void write(byte[] b, int off, int len) { }
    }
}
