package dev.craft.vuln.range;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The percent-encoding of versions inside vers strings: decode once, refuse malformed or non-canonical escapes. */
final class PercentCoding {

    private PercentCoding() {}

    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= s.length() || hex(s.charAt(i + 1)) < 0 || hex(s.charAt(i + 2)) < 0) {
                throw new RangeSyntaxException("non-canonical VERS: invalid percent-encoding in version");
            }
            if (Character.isLowerCase(s.charAt(i + 1)) || Character.isLowerCase(s.charAt(i + 2))) {
                throw new RangeSyntaxException("non-canonical VERS: percent-encoding in version is not canonical");
            }
            out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
            i += 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Escapes the characters that would break a vers string: {@code %}, {@code |}, whitespace and controls. */
    static String encode(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%' || ch == '|' || ch <= 0x20 || ch == 0x7f) sb.append('%').append(String.format("%02X", (int) ch));
            else sb.append(ch);
        }
        return sb.toString();
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
