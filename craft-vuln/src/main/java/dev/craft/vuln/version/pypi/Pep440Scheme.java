package dev.craft.vuln.version.pypi;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PyPI versions as PEP 440 defines them and the {@code packaging} library orders them: epoch, release (trailing
 * zeros ignored), pre-release ({@code a < b < rc}, with the spellings {@code alpha}, {@code beta}, {@code c},
 * {@code pre}, {@code preview}), post-release (also {@code -N}, {@code rev}, {@code r}), dev-release, then the local
 * label. A dev-release of a final version sorts before its first pre-release ({@code 1.0.dev0 < 1.0a0}). Numbers of
 * any length are compared by value.
 */
public final class Pep440Scheme implements VersionScheme {

    public static final Pep440Scheme INSTANCE = new Pep440Scheme();

    // The regular expression of PEP 440 Appendix B, as used by packaging.version.
    // Group numbers: 1 epoch, 2 release, 3 pre, 4 pre label, 5 pre number, 6 post, 7 post number (-N), 8 post label,
    // 9 post number, 10 dev, 11 dev label, 12 dev number, 13 local (numbered access avoids a map lookup per group).
    private static final Pattern VERSION = Pattern.compile("""
            v?
            (?:(?<epoch>[0-9]+)!)?
            (?<release>[0-9]+(?:\\.[0-9]+)*)
            (?<pre>[-_.]?(?<prel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?
            (?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?
            (?<dev>[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?
            (?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?""".replaceAll("\\s+", ""),
            Pattern.CASE_INSENSITIVE);

    private Pep440Scheme() {}

    @Override
    public String id() {
        return "pypi";
    }

    @Override
    public String implementation() {
        return "craft: PEP 440, ordering as the packaging library";
    }

    @Override
    public Pep440Version parse(String text) {
        String s = text.strip();
        if (s.length() > 256) throw new InvalidVersionException(id(), text, "longer than 256 characters");
        Pep440Version plain = plainRelease(text, s);
        if (plain != null) return plain;
        Matcher m = VERSION.matcher(s);
        if (!m.matches()) {
            throw new InvalidVersionException(id(), text, "does not match PEP 440 [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]");
        }
        String epoch = m.group(1) == null ? "0" : VersionText.stripZeros(m.group(1));
        var release = new ArrayList<String>();
        for (String p : m.group(2).split("\\.")) release.add(VersionText.stripZeros(p));
        int preKind = 0; // 0 none, 1 a, 2 b, 3 rc
        String preNumber = null;
        if (m.group(3) != null) {
            preKind = switch (m.group(4).toLowerCase(Locale.ROOT)) {
                case "a", "alpha" -> 1;
                case "b", "beta" -> 2;
                default -> 3; // c, rc, pre, preview
            };
            preNumber = number(m.group(5));
        }
        String post = null;
        if (m.group(6) != null) post = number(m.group(7) != null ? m.group(7) : m.group(9));
        String dev = m.group(10) != null ? number(m.group(12)) : null;
        List<String> local = List.of();
        if (m.group(13) != null) {
            var parts = new ArrayList<String>();
            for (String p : m.group(13).toLowerCase(Locale.ROOT).split("[-_.]")) {
                parts.add(VersionText.isDigits(p) ? VersionText.stripZeros(p) : p);
            }
            local = parts;
        }
        return new Pep440Version(text, epoch, release, preKind, preNumber, post, dev, local);
    }

    /** Most versions are plain numbers ({@code 2.28.1}): read those without the regular expression. */
    private static Pep440Version plainRelease(String text, String s) {
        if (s.isEmpty() || s.charAt(0) == '.' || s.charAt(s.length() - 1) == '.') return null;
        var release = new ArrayList<String>(4);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                if (i == start) return null;
                release.add(VersionText.stripZeros(s.substring(start, i)));
                start = i + 1;
            } else if (!VersionText.isDigit(s.charAt(i))) {
                return null;
            }
        }
        return new Pep440Version(text, "0", release, 0, null, null, null, List.of());
    }

    private static String number(String digits) {
        return digits == null ? "0" : VersionText.stripZeros(digits);
    }

    @Override
    public String toString() {
        return id();
    }

    /**
     * A parsed PEP 440 version in its normalized parts; {@code null} means the part is absent. {@code release} keeps
     * the components as written (without leading zeros); comparison ignores trailing zeros ({@code 1.0 == 1.0.0}).
     */
    public record Pep440Version(
            String text, String epoch, List<String> release, int preKind, String preNumber, String post, String dev,
            List<String> local) implements Version {

        public Pep440Version {
            release = List.copyOf(release);
            local = List.copyOf(local);
        }

        @Override
        public String scheme() {
            return "pypi";
        }

        @Override
        public boolean isPreRelease() {
            return preKind != 0 || dev != null;
        }

        /** The PEP 440 normal form, e.g. {@code 1!2.0rc1.post0.dev3+ubuntu.1}. */
        public String normalized() {
            var sb = new StringBuilder();
            if (!epoch.equals("0")) sb.append(epoch).append('!');
            sb.append(String.join(".", release));
            if (preKind != 0) sb.append(preKind == 1 ? "a" : preKind == 2 ? "b" : "rc").append(preNumber);
            if (post != null) sb.append(".post").append(post);
            if (dev != null) sb.append(".dev").append(dev);
            if (!local.isEmpty()) sb.append('+').append(String.join(".", local));
            return sb.toString();
        }

        @Override
        public int compareTo(Version o) {
            Pep440Version other = Version.sameScheme(this, o, Pep440Version.class);
            int c = VersionText.compareDigits(epoch, other.epoch);
            if (c != 0) return c;
            int n = Math.max(release.size(), other.release.size());
            for (int i = 0; i < n; i++) {
                c = VersionText.compareDigits(i < release.size() ? release.get(i) : "0",
                        i < other.release.size() ? other.release.get(i) : "0");
                if (c != 0) return c;
            }
            c = Integer.compare(preRank(), other.preRank());
            if (c != 0) return c;
            if (preKind != 0) {
                c = VersionText.compareDigits(preNumber, other.preNumber);
                if (c != 0) return c;
            }
            c = compareOptional(post, other.post, -1);
            if (c != 0) return c;
            c = compareOptional(dev, other.dev, 1);
            if (c != 0) return c;
            return compareLocal(local, other.local);
        }

        /** packaging's key: a bare dev-release sorts before any pre-release; no pre-release sorts after all. */
        private int preRank() {
            if (preKind == 0 && post == null && dev != null) return -1;
            return preKind == 0 ? 4 : preKind;
        }

        /** {@code absentSign} is where an absent part sorts: -1 before every number, +1 after. */
        private static int compareOptional(String a, String b, int absentSign) {
            if (a == null || b == null) return a == null && b == null ? 0 : (a == null ? absentSign : -absentSign);
            return VersionText.compareDigits(a, b);
        }

        private static int compareLocal(List<String> a, List<String> b) {
            int n = Math.min(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                String x = a.get(i), y = b.get(i);
                boolean nx = VersionText.isDigits(x), ny = VersionText.isDigits(y);
                int c = nx && ny ? VersionText.compareDigits(x, y) : nx != ny ? (nx ? 1 : -1) : x.compareTo(y);
                if (c != 0) return c;
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pep440Version v && compareTo(v) == 0;
        }

        /** Over the parts compareTo looks at, the release without trailing zeros: equal versions hash alike. */
        @Override
        public int hashCode() {
            int end = release.size();
            while (end > 1 && release.get(end - 1).equals("0")) end--;
            int h = epoch.hashCode();
            for (int i = 0; i < end; i++) h = 31 * h + release.get(i).hashCode();
            h = 31 * h + preKind;
            if (preKind != 0) h = 31 * h + preNumber.hashCode();
            h = 31 * h + (post == null ? -1 : post.hashCode());
            h = 31 * h + (dev == null ? -2 : dev.hashCode());
            return 31 * h + local.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
