package dev.craft.vuln.version.debian;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian package versions ({@code [epoch:]upstream[-revision]}), ordered exactly as dpkg's {@code verrevcmp}: runs
 * of non-digits compare character by character with {@code ~} before everything (even the end), letters before
 * other characters; runs of digits compare by numeric value, of any length; a missing revision equals {@code 0}.
 * Also used for Ubuntu.
 *
 * <p>craft implements it instead of using versatile's {@code DebianVersion}, which throws
 * {@link NumberFormatException} while comparing digit runs longer than an {@code int} (date-stamped snapshots).
 */
public final class DebianScheme implements VersionScheme {

    public static final DebianScheme INSTANCE = new DebianScheme();

    private DebianScheme() {}

    @Override
    public String id() {
        return "deb";
    }

    @Override
    public String implementation() {
        return "craft: dpkg verrevcmp";
    }

    @Override
    public DebianVersion parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new InvalidVersionException(id(), text, "empty");
        if (s.length() > 256) throw new InvalidVersionException(id(), text, "longer than 256 characters");
        var split = VersionText.splitEpoch(id(), text, s);
        String epoch = split.epoch();
        s = split.rest();
        String revision = "";
        int dash = s.lastIndexOf('-');
        if (dash >= 0) {
            revision = s.substring(dash + 1);
            s = s.substring(0, dash);
            if (revision.isEmpty()) throw new InvalidVersionException(id(), text, "empty revision after '-'");
        }
        if (s.isEmpty()) throw new InvalidVersionException(id(), text, "empty upstream version");
        check(text, s, "upstream version", true);
        check(text, revision, "revision", false);
        return new DebianVersion(text, epoch, s, revision);
    }

    private void check(String text, String part, String what, boolean upstream) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean ok = VersionText.isDigit(c) || VersionText.isAsciiLetter(c) || c == '.' || c == '+' || c == '~' || (upstream && (c == '-' || c == ':'));
            if (!ok) throw new InvalidVersionException(id(), text, what + " contains '" + c + "' (allowed: letters, digits, . + ~" + (upstream ? " - :" : "") + ")");
        }
    }

    /** dpkg's {@code order()}: digits 0 (handled apart), letters by code, {@code ~} lowest, end 0, others after letters. */
    private static int order(String s, int i) {
        if (i >= s.length()) return 0;
        char c = s.charAt(i);
        if (VersionText.isDigit(c)) return 0;
        if (VersionText.isAsciiLetter(c)) return c;
        if (c == '~') return -1;
        return c + 256;
    }

    static int verrevcmp(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !VersionText.isDigit(a.charAt(i))) || (j < b.length() && !VersionText.isDigit(b.charAt(j)))) {
                int ac = order(a, i), bc = order(b, j);
                if (ac != bc) return Integer.signum(ac - bc);
                i++;
                j++;
            }
            int si = i, sj = j;
            while (i < a.length() && VersionText.isDigit(a.charAt(i))) i++;
            while (j < b.length() && VersionText.isDigit(b.charAt(j))) j++;
            int c = VersionText.compareDigits(a.substring(si, i), b.substring(sj, j));
            if (c != 0) return c;
        }
        return 0;
    }

    /** Alternating non-digit and digit runs with zeros dropped, so that versions equal under dpkg have equal keys. */
    static List<String> canonical(String s) {
        var out = new ArrayList<String>();
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && !VersionText.isDigit(s.charAt(i))) i++;
            String text = s.substring(start, i);
            start = i;
            while (i < s.length() && VersionText.isDigit(s.charAt(i))) i++;
            String digits = s.substring(start, i);
            String number = digits.isEmpty() || VersionText.stripZeros(digits).equals("0") ? "" : VersionText.stripZeros(digits);
            if (!text.isEmpty() || !number.isEmpty()) {
                out.add(text);
                out.add(number);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return id();
    }

    /** A parsed Debian version; {@code revision} is empty when absent. */
    public record DebianVersion(String text, String epoch, String upstream, String revision) implements Version {

        @Override
        public String scheme() {
            return "deb";
        }

        @Override
        public boolean isPreRelease() {
            return upstream.contains("~");
        }

        @Override
        public int compareTo(Version o) {
            DebianVersion other = Version.sameScheme(this, o, DebianVersion.class);
            int c = VersionText.compareDigits(epoch, other.epoch);
            if (c != 0) return c;
            c = verrevcmp(upstream, other.upstream);
            return c != 0 ? c : verrevcmp(revision, other.revision);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DebianVersion v && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * epoch.hashCode() + canonical(upstream).hashCode()) + canonical(revision).hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
