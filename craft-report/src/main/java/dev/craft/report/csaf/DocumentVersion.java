package dev.craft.report.csaf;

import java.math.BigInteger;

/**
 * CSAF document versions (section 3.1.11): integer versioning ({@code 1}, {@code 2}) or semantic versioning
 * ({@code 1.0.0}, {@code 1.1.0-rc+b7}). Comparison ignores build metadata; a pre-release sorts before its release.
 */
final class DocumentVersion {

    private DocumentVersion() {}

    static int compare(String a, String b) {
        if (isInteger(a) && isInteger(b)) return new BigInteger(a).compareTo(new BigInteger(b));
        String[] pa = split(a);
        String[] pb = split(b);
        String[] ca = pa[0].split("\\.");
        String[] cb = pb[0].split("\\.");
        for (int i = 0; i < Math.max(ca.length, cb.length); i++) {
            int c = num(i < ca.length ? ca[i] : "0").compareTo(num(i < cb.length ? cb[i] : "0"));
            if (c != 0) return c;
        }
        if (pa[1].isEmpty() != pb[1].isEmpty()) return pa[1].isEmpty() ? 1 : -1;
        return comparePreRelease(pa[1], pb[1]);
    }

    /** The version without build metadata, and without the pre-release part when {@code dropPreRelease}. */
    static String core(String v, boolean dropPreRelease) {
        String[] p = split(v);
        return dropPreRelease || p[1].isEmpty() ? p[0] : p[0] + "-" + p[1];
    }

    static boolean isZero(String v) {
        if (isInteger(v)) return new BigInteger(v).signum() == 0;
        return split(v)[0].startsWith("0.");
    }

    static boolean isPreRelease(String v) {
        return !isInteger(v) && !split(v)[1].isEmpty();
    }

    private static boolean isInteger(String v) {
        return v.matches("0|[1-9][0-9]*");
    }

    /** [core, pre-release] without build metadata. */
    private static String[] split(String v) {
        int plus = v.indexOf('+');
        String noBuild = plus >= 0 ? v.substring(0, plus) : v;
        int dash = noBuild.indexOf('-');
        return dash >= 0 ? new String[] {noBuild.substring(0, dash), noBuild.substring(dash + 1)} : new String[] {noBuild, ""};
    }

    private static BigInteger num(String s) {
        return s.matches("[0-9]+") ? new BigInteger(s) : BigInteger.ZERO;
    }

    private static int comparePreRelease(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean nx = x[i].matches("[0-9]+");
            boolean ny = y[i].matches("[0-9]+");
            int c = nx && ny ? new BigInteger(x[i]).compareTo(new BigInteger(y[i])) : nx ? -1 : ny ? 1 : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }
}
