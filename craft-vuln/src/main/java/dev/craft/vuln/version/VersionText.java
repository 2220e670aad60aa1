package dev.craft.vuln.version;

/**
 * Small text helpers shared by the scheme implementations. Numbers in versions can be longer than a {@code long}
 * (date stamps, build numbers), so digit runs are compared as strings: fewer significant digits is smaller.
 */
public final class VersionText {

    private VersionText() {}

    /** Compares two runs of ASCII digits by numeric value, of any length. An empty run counts as zero. */
    public static int compareDigits(CharSequence a, CharSequence b) {
        int ia = skipZeros(a), ib = skipZeros(b);
        int la = a.length() - ia, lb = b.length() - ib;
        if (la != lb) return Integer.compare(la, lb);
        for (int k = 0; k < la; k++) {
            int c = Character.compare(a.charAt(ia + k), b.charAt(ib + k));
            if (c != 0) return c;
        }
        return 0;
    }

    /** The digit run without leading zeros ({@code "007"} becomes {@code "7"}, {@code "000"} becomes {@code "0"}). */
    public static String stripZeros(String digits) {
        int i = skipZeros(digits);
        return i == digits.length() ? "0" : digits.substring(i);
    }

    public static boolean isDigits(CharSequence s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isDigit(s.charAt(i))) return false;
        return true;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * A hash that every pair of equal versions shares, for schemes whose equality is looser than their text
     * ({@code 1.00} equals {@code 1.0} in dpkg and rpm): the epoch and the value of the first digit run. It is
     * coarse on purpose: equal versions always agree on it, which keeps {@code equals}/{@code hashCode} consistent
     * with {@code compareTo}.
     */
    public static int coarseHash(String scheme, String text) {
        String s = text.strip();
        int colon = s.indexOf(':');
        String epoch = "0";
        if (colon > 0 && isDigits(s.substring(0, colon))) {
            epoch = stripZeros(s.substring(0, colon));
            s = s.substring(colon + 1);
        }
        int start = 0;
        while (start < s.length() && !isDigit(s.charAt(start))) start++;
        int end = start;
        while (end < s.length() && isDigit(s.charAt(end))) end++;
        String first = start == end ? "0" : stripZeros(s.substring(start, end));
        return 31 * (31 * scheme.hashCode() + epoch.hashCode()) + first.hashCode();
    }

    /** Index of the first significant digit; {@code s.length()} when the run is all zeros or empty. */
    private static int skipZeros(CharSequence s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '0') i++;
        return i;
    }

    /** An {@code epoch:rest} version (dpkg, pacman) split at its first colon; the epoch is "0" when absent. */
    public record Epoch(String epoch, String rest) {}

    public static Epoch splitEpoch(String scheme, String text, String stripped) {
        int colon = stripped.indexOf(':');
        if (colon < 0) return new Epoch("0", stripped);
        String e = stripped.substring(0, colon);
        if (!isDigits(e)) throw new InvalidVersionException(scheme, text, "epoch '" + e + "' is not a number");
        return new Epoch(stripZeros(e), stripped.substring(colon + 1));
    }
}
