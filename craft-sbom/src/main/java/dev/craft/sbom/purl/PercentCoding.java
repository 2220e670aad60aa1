package dev.craft.sbom.purl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as the purl specification uses it. A canonical purl leaves only ASCII letters, digits,
 * {@code . - _ ~} and the colon unencoded (the colon is unambiguous everywhere after the scheme); every
 * other character is written as the {@code %XX} of its UTF-8 bytes, with upper-case hex digits.
 */
final class PercentCoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNENCODED = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) UNENCODED[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) UNENCODED[c] = true;
        for (char c = '0'; c <= '9'; c++) UNENCODED[c] = true;
        for (char c : ".-_~:".toCharArray()) UNENCODED[c] = true;
    }

    private PercentCoding() {}

    /** Appends {@code s} percent-encoded; the common case (nothing to encode) copies the string once. */
    static void encode(String s, StringBuilder out) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128 && UNENCODED[s.charAt(i)]) i++;
        if (i == n) {
            out.append(s);
            return;
        }
        out.append(s, 0, i);
        for (byte b : s.substring(i).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && UNENCODED[c]) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
    }

    /**
     * Decodes {@code s[from, to)}. Without a {@code %} this is a plain substring; a {@code %} not followed by
     * two hex digits, or bytes that are not UTF-8, are an error naming {@code component}.
     */
    static String decode(String s, int from, int to, String component) {
        int pct = s.indexOf('%', from);
        if (pct < 0 || pct >= to) return s.substring(from, to);
        var bytes = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new MalformedPurlException(component + ": '%' must be followed by two hex digits, at "
                            + s.substring(i, Math.min(to, i + 3)));
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            } else if (c < 128) {
                bytes.write(c);
                i++;
            } else {
                int end = i;
                while (end < to && s.charAt(end) >= 128) end++;
                bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new MalformedPurlException(component + ": percent-encoded bytes are not UTF-8");
        }
    }
}
