package dev.craft.vuln.store;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link BinaryOut} wrote. Lengths are checked against a sane bound so that a damaged file fails with a
 * clear error instead of an attempt to allocate gigabytes. Short strings are interned per load (ecosystem names,
 * range types, reference types repeat tens of thousands of times).
 */
final class BinaryIn {
    private static final int MAX_STRING = 64 << 20;
    private static final int MAX_LIST = 50_000_000;

    private final DataInputStream in;
    private final Map<String, String> interned = new HashMap<>();

    BinaryIn(InputStream in) {
        this.in = new DataInputStream(in);
    }

    String string() throws IOException {
        int n = varint();
        if (n == 0) return null;
        n--;
        if (n > MAX_STRING) throw new IOException("string length " + n + " out of bounds");
        byte[] b = in.readNBytes(n);
        if (b.length != n) throw new EOFException();
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * A string that repeats across records (ecosystem, range and reference types, event versions, CVSS vectors,
     * package names): one instance per distinct value, which keeps a million-advisory store well inside 1 GB.
     */
    String shared() throws IOException {
        String s = string();
        return s == null || s.length() > 128 ? s : interned.computeIfAbsent(s, k -> k);
    }

    List<String> strings() throws IOException {
        int n = count();
        var out = new ArrayList<String>(n);
        for (int i = 0; i < n; i++) out.add(string());
        return out;
    }

    int count() throws IOException {
        int n = varint();
        if (n > MAX_LIST) throw new IOException("list length " + n + " out of bounds");
        return n;
    }

    int varint() throws IOException {
        int v = 0, shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
            shift += 7;
            if (shift > 28) throw new IOException("varint too long");
        }
    }

    Instant instant() throws IOException {
        if (!in.readBoolean()) return null;
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    LocalDate date() throws IOException {
        long d = in.readLong();
        return d == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(d);
    }

    int readByte() throws IOException {
        return in.readUnsignedByte();
    }

    long readLong() throws IOException {
        return in.readLong();
    }

    float readFloat() throws IOException {
        return in.readFloat();
    }

    double readDouble() throws IOException {
        return in.readDouble();
    }

    boolean readBoolean() throws IOException {
        return in.readBoolean();
    }
}
