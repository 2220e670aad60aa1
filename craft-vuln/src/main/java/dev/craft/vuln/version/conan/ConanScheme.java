package dev.craft.vuln.version.conan;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import java.util.ArrayList;
import java.util.List;

/**
 * Conan 2 versions as {@code conans.model.version.Version} orders them: the main part, pre-release (after the first
 * {@code -}) and build (after the last {@code +}) are dot-separated items; an item is a number when it is all digits,
 * else a word; a number and a word compare by their text; trailing zero items of the main part are ignored; a
 * pre-release sorts before the release, and a build after it.
 */
public final class ConanScheme implements VersionScheme {

    public static final ConanScheme INSTANCE = new ConanScheme();

    private ConanScheme() {}

    @Override
    public String id() {
        return "conan";
    }

    @Override
    public String implementation() {
        return "craft: Conan 2 conans.model.version";
    }

    @Override
    public ConanVersion parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new InvalidVersionException(id(), text, "empty");
        String build = null, pre = null;
        int plus = s.lastIndexOf('+');
        if (plus >= 0) {
            build = s.substring(plus + 1);
            s = s.substring(0, plus);
        }
        int dash = s.indexOf('-');
        if (dash >= 0) {
            pre = s.substring(dash + 1);
            s = s.substring(0, dash);
        }
        return new ConanVersion(text, items(s), pre == null ? null : items(pre), build == null ? null : items(build));
    }

    private static List<String> items(String dotted) {
        var out = new ArrayList<String>();
        for (String p : dotted.split("\\.", -1)) out.add(VersionText.isDigits(p) ? VersionText.stripZeros(p) : p);
        while (!out.isEmpty() && out.get(out.size() - 1).equals("0")) out.remove(out.size() - 1);
        return out;
    }

    @Override
    public String toString() {
        return id();
    }

    /** A Conan version: main items without trailing zeros; {@code pre} and {@code build} are null when absent. */
    public record ConanVersion(String text, List<String> main, List<String> pre, List<String> build) implements Version {

        @Override
        public String scheme() {
            return "conan";
        }

        @Override
        public boolean isPreRelease() {
            return pre != null;
        }

        @Override
        public int compareTo(Version o) {
            ConanVersion other = Version.sameScheme(this, o, ConanVersion.class);
            int c = compareItems(main, other.main);
            if (c != 0) return c;
            if ((pre == null) != (other.pre == null)) return pre == null ? 1 : -1;
            if (pre != null) {
                c = compareItems(pre, other.pre);
                if (c != 0) return c;
            }
            if ((build == null) != (other.build == null)) return build == null ? -1 : 1;
            return build == null ? 0 : compareItems(build, other.build);
        }

        /** Python tuple order over items; a number and a word compare as strings (Conan's TypeError fallback). */
        private static int compareItems(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String x = a.get(i), y = b.get(i);
                int c = VersionText.isDigits(x) && VersionText.isDigits(y) ? VersionText.compareDigits(x, y) : x.compareTo(y);
                if (c != 0) return Integer.signum(c);
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ConanVersion v && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(main, pre, build);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
