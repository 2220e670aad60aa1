package dev.craft.vuln.version.rubygems;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RubyGems versions as {@code Gem::Version} reads and orders them: the string is split into numeric and letter
 * segments ({@code 1.0.0.rc1} is {@code [1, 0, 0, "rc", 1]}, a {@code -} stands for {@code .pre.}); trailing zeros
 * of each part are ignored; a letter segment sorts before any number, so a version with letters is a pre-release
 * of the numbers before it ({@code 2.2.0.rc1 < 2.2.0}). Letter segments compare case-sensitively, as in Ruby.
 */
public final class RubyGemsScheme implements VersionScheme {

    public static final RubyGemsScheme INSTANCE = new RubyGemsScheme();

    // Gem::Version::ANCHORED_VERSION_PATTERN
    private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

    private RubyGemsScheme() {}

    @Override
    public String id() {
        return "gem";
    }

    @Override
    public String implementation() {
        return "craft: Gem::Version <=>, RubyGems 3.x";
    }

    @Override
    public GemVersion parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) s = "0";
        if (!VERSION.matcher(s).matches()) {
            throw new InvalidVersionException(id(), text, "does not match the Gem::Version pattern N(.X)*(-X(.X)*)?");
        }
        return GemVersion.of(text, s.replace("-", ".pre."));
    }

    @Override
    public String toString() {
        return id();
    }

    /** A parsed gem version; segments are {@code String}s, numbers without leading zeros and flagged by position. */
    public static final class GemVersion implements Version {
        private final String text;
        private final List<Object> segments; // String (letters) or Num (digits)
        private final List<Object> canonical;

        private GemVersion(String text, List<Object> segments) {
            this.text = text;
            this.segments = List.copyOf(segments);
            this.canonical = canonicalize(this.segments);
        }

        static GemVersion of(String text, String normalized) {
            var segs = new ArrayList<Object>();
            int i = 0, n = normalized.length();
            while (i < n) {
                char c = normalized.charAt(i);
                int j = i;
                if (VersionText.isDigit(c)) {
                    while (j < n && VersionText.isDigit(normalized.charAt(j))) j++;
                    segs.add(new Num(VersionText.stripZeros(normalized.substring(i, j))));
                } else if (VersionText.isAsciiLetter(c)) {
                    while (j < n && VersionText.isAsciiLetter(normalized.charAt(j))) j++;
                    segs.add(normalized.substring(i, j));
                } else {
                    j++;
                }
                i = j;
            }
            return new GemVersion(text, segs);
        }

        /** Gem::Version#canonical_segments: trailing zeros dropped from the numeric part and from the rest. */
        private static List<Object> canonicalize(List<Object> segs) {
            int firstString = 0;
            while (firstString < segs.size() && segs.get(firstString) instanceof Num) firstString++;
            var out = new ArrayList<>(dropTrailingZeros(segs.subList(0, firstString)));
            out.addAll(dropTrailingZeros(segs.subList(firstString, segs.size())));
            return List.copyOf(out);
        }

        private static List<Object> dropTrailingZeros(List<Object> part) {
            int end = part.size();
            while (end > 0 && part.get(end - 1) instanceof Num num && num.isZero()) end--;
            return part.subList(0, end);
        }

        @Override
        public String scheme() {
            return "gem";
        }

        @Override
        public String text() {
            return text;
        }

        /** Gem::Version#prerelease?: any letter makes a pre-release. */
        @Override
        public boolean isPreRelease() {
            for (Object s : segments) if (s instanceof String) return true;
            return false;
        }

        /** Gem::Version#release: the version without its letter segments and what follows them. */
        public GemVersion release() {
            if (!isPreRelease()) return this;
            var nums = new ArrayList<Object>();
            for (Object s : segments) {
                if (s instanceof String) break;
                nums.add(s);
            }
            return new GemVersion(join(nums), nums);
        }

        /** Gem::Version#bump: drop letters and the last number, then increment the new last number ({@code 2.1.3 -> 2.2}). */
        public GemVersion bump() {
            var nums = new ArrayList<Object>();
            for (Object s : segments) {
                if (s instanceof String) break;
                nums.add(s);
            }
            if (nums.size() > 1) nums.remove(nums.size() - 1);
            Num last = (Num) nums.get(nums.size() - 1);
            nums.set(nums.size() - 1, last.succ());
            return new GemVersion(join(nums), nums);
        }

        private static String join(List<Object> segs) {
            var sb = new StringBuilder();
            for (Object s : segs) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(s);
            }
            return sb.toString();
        }

        @Override
        public int compareTo(Version o) {
            GemVersion other = Version.sameScheme(this, o, GemVersion.class);
            List<Object> a = canonical, b = other.canonical;
            int limit = Math.max(a.size(), b.size());
            for (int i = 0; i < limit; i++) {
                Object x = i < a.size() ? a.get(i) : Num.ZERO;
                Object y = i < b.size() ? b.get(i) : Num.ZERO;
                if (x.equals(y)) continue;
                if (x instanceof String && y instanceof Num) return -1;
                if (x instanceof Num && y instanceof String) return 1;
                int c = x instanceof Num nx ? nx.compareTo((Num) y) : ((String) x).compareTo((String) y);
                return Integer.signum(c);
            }
            return 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GemVersion v && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return canonical.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A numeric segment as its digits without leading zeros. */
    record Num(String digits) implements Comparable<Num> {
        static final Num ZERO = new Num("0");

        boolean isZero() {
            return digits.equals("0");
        }

        Num succ() {
            return new Num(new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString());
        }

        @Override
        public int compareTo(Num o) {
            return VersionText.compareDigits(digits, o.digits);
        }

        @Override
        public String toString() {
            return digits;
        }
    }
}
