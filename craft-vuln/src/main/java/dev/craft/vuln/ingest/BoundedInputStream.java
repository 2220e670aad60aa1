package dev.craft.vuln.ingest;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Refuses to unpack more than the limits allow. It sits on the unpacked side of a zip entry or gzip stream and
 * compares what it has delivered with the entry cap, the running total and the packed byte count, so that a bomb is
 * stopped after a bounded amount of work, whatever the archive headers claim.
 */
final class BoundedInputStream extends FilterInputStream {

    /** Bytes unpacked so far from one input, shared by all its entries. */
    static final class Budget {
        private final String source;
        private final InputLimits limits;
        private final LongSupplier packedBytes;
        private long total;

        Budget(String source, InputLimits limits, LongSupplier packedBytes) {
            this.source = source;
            this.limits = limits;
            this.packedBytes = packedBytes;
        }

        void add(long n, String entry) {
            total += n;
            if (total > limits.maxTotalBytes()) {
                throw refused(entry, "unpacks to more than " + limits.maxTotalBytes() + " bytes");
            }
            long packed = Math.max(1, packedBytes.getAsLong());
            if (total > limits.ratioGraceBytes() && total / packed > limits.maxRatio()) {
                throw refused(entry, "unpacks to more than " + limits.maxRatio() + " times its packed size (a compression bomb?)");
            }
        }

        InputException refused(String entry, String why) {
            return new InputException(new Problem(source, entry, "refused: " + why,
                    "a feed file within craft's input limits (entry <= " + limits.maxEntryBytes() + " bytes)"));
        }
    }

    private final Budget budget;
    private final String entry;
    private final long maxBytes;
    private long count;

    BoundedInputStream(InputStream in, Budget budget, String entry, long maxBytes) {
        super(in);
        this.budget = budget;
        this.entry = entry;
        this.maxBytes = maxBytes;
    }

    private void account(long n) {
        if (n <= 0) return;
        count += n;
        if (count > maxBytes) throw budget.refused(entry, "larger than " + maxBytes + " bytes unpacked");
        budget.add(n, entry);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) account(1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        account(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        account(s);
        return s;
    }

    @Override
    public void close() {
        // the owner closes the underlying archive stream
    }
}
