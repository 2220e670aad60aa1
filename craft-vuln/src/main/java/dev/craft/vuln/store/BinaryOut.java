package dev.craft.vuln.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Writes the store's primitive values: length-prefixed UTF-8 strings (null allowed), lists, instants, dates. */
final class BinaryOut {
    private final DataOutputStream out;

    BinaryOut(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    void string(String s) throws IOException {
        if (s == null) {
            varint(0);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length + 1);
        out.write(b);
    }

    void strings(List<String> list) throws IOException {
        varint(list.size());
        for (String s : list) string(s);
    }

    void varint(int v) throws IOException {
        if (v < 0) throw new IllegalArgumentException("negative varint");
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    void instant(Instant i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) {
            out.writeLong(i.getEpochSecond());
            out.writeInt(i.getNano());
        }
    }

    void date(LocalDate d) throws IOException {
        out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
    }

    void writeByte(int b) throws IOException {
        out.writeByte(b);
    }

    void writeLong(long l) throws IOException {
        out.writeLong(l);
    }

    void writeFloat(float f) throws IOException {
        out.writeFloat(f);
    }

    void writeDouble(double d) throws IOException {
        out.writeDouble(d);
    }

    void writeBoolean(boolean b) throws IOException {
        out.writeBoolean(b);
    }

    void flush() throws IOException {
        out.flush();
    }
}
