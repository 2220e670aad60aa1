package dev.craft.vuln.version.gentoo;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gentoo ebuild versions, ordered by the Package Manager Specification, section 3.3 (algorithms 3.1 to 3.7):
 * numeric components (a later component with a leading zero compares as a string without trailing zeros), then
 * the letter, then the suffixes ({@code _alpha < _beta < _pre < _rc < (none) < _p}), then the revision
 * ({@code -r0} equals no revision).
 */
public final class GentooScheme implements VersionScheme {

    public static final GentooScheme INSTANCE = new GentooScheme();

    private static final Pattern VERSION = Pattern.compile(
            "(\\d+(?:\\.\\d+)*)([a-z]?)((?:_(?:alpha|beta|pre|rc|p)\\d*)*)(?:-r(\\d+))?");
    private static final Pattern SUFFIX = Pattern.compile("_(alpha|beta|pre|rc|p)(\\d*)");
    private static final List<String> SUFFIX_ORDER = List.of("alpha", "beta", "pre", "rc", "p");

    private GentooScheme() {}

    @Override
    public String id() {
        return "gentoo";
    }

    @Override
    public String implementation() {
        return "craft: PMS 3.3 version comparison";
    }

    @Override
    public GentooVersion parse(String text) {
        Matcher m = VERSION.matcher(text.strip());
        if (!m.matches()) throw new InvalidVersionException(id(), text, "expected N(.N)*[a-z](_suffix[N])*[-rN]");
        var suffixes = new ArrayList<Suffix>();
        Matcher s = SUFFIX.matcher(m.group(3));
        while (s.find()) suffixes.add(new Suffix(SUFFIX_ORDER.indexOf(s.group(1)), s.group(2).isEmpty() ? "0" : VersionText.stripZeros(s.group(2))));
        return new GentooVersion(text, List.of(m.group(1).split("\\.")), m.group(2), suffixes,
                m.group(4) == null ? "0" : VersionText.stripZeros(m.group(4)));
    }

    @Override
    public String toString() {
        return id();
    }

    /** One {@code _name[N]} suffix: its rank in {@code alpha, beta, pre, rc, p} and its number. */
    public record Suffix(int rank, String number) {}

    /** A Gentoo version; numeric components are kept as written because leading zeros matter. */
    public record GentooVersion(String text, List<String> components, String letter, List<Suffix> suffixes, String revision)
            implements Version {

        private static final int P = 4;

        public GentooVersion {
            components = List.copyOf(components);
            suffixes = List.copyOf(suffixes);
        }

        @Override
        public String scheme() {
            return "gentoo";
        }

        @Override
        public boolean isPreRelease() {
            return !suffixes.isEmpty() && suffixes.get(0).rank() < P;
        }

        @Override
        public int compareTo(Version o) {
            GentooVersion other = Version.sameScheme(this, o, GentooVersion.class);
            int c = VersionText.compareDigits(components.get(0), other.components.get(0));
            if (c != 0) return c;
            int n = Math.min(components.size(), other.components.size());
            for (int i = 1; i < n; i++) {
                c = compareComponent(components.get(i), other.components.get(i));
                if (c != 0) return c;
            }
            c = Integer.compare(components.size(), other.components.size());
            if (c != 0) return c;
            c = letter.compareTo(other.letter);
            if (c != 0) return Integer.signum(c);
            int m = Math.min(suffixes.size(), other.suffixes.size());
            for (int i = 0; i < m; i++) {
                Suffix a = suffixes.get(i), b = other.suffixes.get(i);
                c = a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank()) : VersionText.compareDigits(a.number(), b.number());
                if (c != 0) return c;
            }
            if (suffixes.size() > m) return suffixes.get(m).rank() == P ? 1 : -1;
            if (other.suffixes.size() > m) return other.suffixes.get(m).rank() == P ? -1 : 1;
            return VersionText.compareDigits(revision, other.revision);
        }

        private static int compareComponent(String a, String b) {
            if (a.startsWith("0") || b.startsWith("0")) return Integer.signum(stripTrailingZeros(a).compareTo(stripTrailingZeros(b)));
            return VersionText.compareDigits(a, b);
        }

        private static String stripTrailingZeros(String s) {
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == '0') end--;
            return s.substring(0, end);
        }

        private List<String> canonicalComponents() {
            var out = new ArrayList<String>();
            out.add(VersionText.stripZeros(components.get(0)));
            for (int i = 1; i < components.size(); i++) {
                String c = components.get(i);
                out.add(c.startsWith("0") ? "s" + stripTrailingZeros(c) : "n" + c);
            }
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GentooVersion v && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (31 * canonicalComponents().hashCode() + letter.hashCode()) + suffixes.hashCode()) + revision.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
