package dev.craft.sbom.read;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with a clear input problem as soon as more than {@code max} bytes have been read. */
final class BoundedInputStream extends FilterInputStream {

    private final long max;
    private final String source;
    private long count;

    BoundedInputStream(InputStream in, long max, String source) {
        super(in);
        this.max = max;
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        count += n;
        if (count > max) throw tooLarge(source, max);
    }

    static InputException tooLarge(String source, long max) {
        return new InputException(new Problem(source, "", "input is larger than the limit of " + max + " bytes",
                "an SBOM of at most " + max + " bytes (raise it with -Dcraft.sbom.max-bytes=N if this file is genuine)"));
    }
}
