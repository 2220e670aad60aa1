package dev.craft.sbom.read;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of one SBOM and the name to report problems against. Re-openable, because some formats are
 * read twice (content sniffing, then parsing; XML parsing, then XSD validation). Every stream it opens is
 * bounded by {@link InputLimits#maxBytes()}, so even a device file or a FIFO cannot make a read unbounded.
 */
public final class SbomInput {

    private final String name;
    private final Path file;
    private final byte[] content;
    private final InputLimits limits;

    private SbomInput(String name, Path file, byte[] content, InputLimits limits) {
        this.name = requireNonNull(name, "name must not be null");
        this.file = file;
        this.content = content;
        this.limits = requireNonNull(limits, "limits must not be null");
    }

    public static SbomInput of(Path file, InputLimits limits) {
        return new SbomInput(file.toString(), file, null, limits);
    }

    public static SbomInput of(String name, byte[] content, InputLimits limits) {
        return new SbomInput(name, null, requireNonNull(content, "content must not be null"), limits);
    }

    public String name() {
        return name;
    }

    public InputLimits limits() {
        return limits;
    }

    /** The size when known up front (a regular file or an array); -1 otherwise. */
    public long knownSize() throws IOException {
        if (content != null) return content.length;
        return Files.isRegularFile(file) ? Files.size(file) : -1;
    }

    /** A fresh stream over the raw bytes, refusing to go past the size limit. */
    public InputStream open() throws IOException {
        InputStream raw = content != null ? new ByteArrayInputStream(content) : Files.newInputStream(file);
        return new BoundedInputStream(raw, limits.maxBytes(), name);
    }

    /** Like {@link #open()}, with a check that the bytes are well-formed UTF-8 (failing with the byte offset). */
    public InputStream openUtf8() throws IOException {
        return new Utf8CheckingInputStream(open(), name);
    }

    /**
     * The bytes from {@code start} (inclusive) to {@code end} (exclusive), for re-reading one element of a
     * document already streamed (e.g. to validate it again with a slower validator that gives the message).
     */
    public byte[] slice(long start, long end) throws IOException {
        if (start < 0 || end < start || end - start > limits.maxBytes()) throw new IllegalArgumentException("bad slice " + start + ".." + end);
        int length = (int) (end - start);
        if (content != null) return java.util.Arrays.copyOfRange(content, (int) start, (int) end);
        if (Files.isRegularFile(file)) {
            try (var channel = java.nio.channels.FileChannel.open(file)) {
                var buffer = java.nio.ByteBuffer.allocate(length);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, start + buffer.position()) < 0) throw new java.io.EOFException(name + " ended before byte " + end);
                }
                return buffer.array();
            }
        }
        try (InputStream in = open()) {
            in.skipNBytes(start);
            return in.readNBytes(length);
        }
    }

    /** Up to {@code n} leading bytes, for content sniffing. */
    public byte[] head(int n) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        }
    }
}
