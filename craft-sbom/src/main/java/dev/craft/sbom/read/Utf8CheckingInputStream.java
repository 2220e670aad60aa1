package dev.craft.sbom.read;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF). Parsers replace or reject bad bytes with a character offset; this
 * check names the exact byte offset, which is what a user needs to find the damage with a hex viewer.
 * State survives buffer boundaries, so a sequence split across two reads is still checked exactly.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

    private final String source;
    private long offset;        // offset of the next byte to check
    private int pending;        // continuation bytes still expected
    private int nextLow = 0x80; // bounds for the next continuation byte (tightened after E0, ED, F0, F4)
    private int nextHigh = 0xBF;
    private long sequenceStart;

    Utf8CheckingInputStream(InputStream in, String source) {
        super(in);
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) atEnd();
        else check(b);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            atEnd();
            return n;
        }
        for (int i = off; i < off + n; i++) check(buf[i] & 0xFF);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping would bypass the check; read through instead.
        byte[] scratch = new byte[8192];
        long left = n;
        while (left > 0) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, left));
            if (r < 0) break;
            left -= r;
        }
        return n - left;
    }

    private void check(int b) {
        if (pending > 0) {
            if (b < nextLow || b > nextHigh) throw invalid("byte 0x%02X cannot continue the sequence started at byte %d", b, sequenceStart);
            pending--;
            nextLow = 0x80;
            nextHigh = 0xBF;
        } else if (b >= 0x80) {
            sequenceStart = offset;
            if (b >= 0xC2 && b <= 0xDF) pending = 1;
            else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) nextLow = 0xA0;      // overlong
                else if (b == 0xED) nextHigh = 0x9F; // surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) nextLow = 0x90;       // overlong
                else if (b == 0xF4) nextHigh = 0x8F; // above U+10FFFF
            } else {
                throw invalid("byte 0x%02X cannot start a UTF-8 character", b, 0);
            }
        }
        offset++;
    }

    private void atEnd() {
        if (pending > 0) {
            pending = 0;
            throw invalid("the input ends inside the UTF-8 sequence started at byte %d", sequenceStart, 0);
        }
    }

    private InputException invalid(String format, long a, long b) {
        String message = "invalid UTF-8: " + String.format(format, a, b);
        return new InputException(new Problem(source, "byte " + offset, message, "UTF-8 encoded text"));
    }
}
