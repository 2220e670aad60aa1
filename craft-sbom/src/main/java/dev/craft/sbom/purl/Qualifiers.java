package dev.craft.sbom.purl;

import java.util.Locale;
import java.util.TreeMap;

/** The qualifiers component: {@code key=value} pairs joined by {@code &}; keys are ASCII, values percent-encoded. */
final class Qualifiers {

    private Qualifiers() {}

    /**
     * Checks a key: ASCII letters, digits, {@code . - _}, not starting with a digit. With {@code fold}, upper-case
     * letters are lower-cased; without, they are an error (the canonical form has lower-case keys).
     */
    static String checkKey(String key, boolean fold) {
        if (key == null || key.isEmpty()) throw new MalformedPurlException("qualifiers: a key cannot be empty");
        boolean upper = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean isUpper = c >= 'A' && c <= 'Z';
            upper |= isUpper;
            boolean ok = c >= 'a' && c <= 'z' || isUpper || c == '.' || c == '-' || c == '_' || c >= '0' && c <= '9' && i > 0;
            if (!ok) {
                throw new MalformedPurlException("qualifiers: key '" + key
                        + "' must be ASCII letters, digits, '.', '-' or '_' and start with a letter");
            }
        }
        if (!upper) return key;
        if (!fold) throw new MalformedPurlException("qualifiers: key '" + key + "' must be lower-case");
        return key.toLowerCase(Locale.ROOT);
    }

    /** Parses {@code s[from, to)}; pairs with an empty value are dropped, as the specification says. */
    static TreeMap<String, String> parse(String s, int from, int to, boolean lenient) {
        var out = new TreeMap<String, String>();
        int start = from;
        while (start < to) {
            int end = s.indexOf('&', start);
            if (end < 0 || end > to) end = to;
            if (end > start) {
                int eq = s.indexOf('=', start);
                if (eq < 0 || eq >= end) {
                    throw new MalformedPurlException("qualifiers: expected key=value, got '" + s.substring(start, end) + "'");
                }
                String key = checkKey(s.substring(start, eq), lenient);
                if (eq + 1 < end) {
                    String value = PercentCoding.decode(s, eq + 1, end, "qualifier " + key);
                    if (!value.isEmpty() && out.put(key, value) != null) {
                        throw new MalformedPurlException("qualifiers: key '" + key + "' appears twice");
                    }
                }
            }
            start = end + 1;
        }
        return out;
    }
}
