package dev.craft.vuln.version.lexicographic;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;

/** The vers {@code lexicographic} scheme: versions ordered by Unicode code point, as UTF-8 bytes sort. */
public final class LexicographicScheme implements VersionScheme {

    public static final LexicographicScheme INSTANCE = new LexicographicScheme();

    private LexicographicScheme() {}

    @Override
    public String id() {
        return "lexicographic";
    }

    @Override
    public String implementation() {
        return "craft: code point order";
    }

    @Override
    public LexicographicVersion parse(String text) {
        if (text.isEmpty()) throw new InvalidVersionException(id(), text, "empty");
        return new LexicographicVersion(text);
    }

    /** A version compared by its code points. */
    public record LexicographicVersion(String text) implements Version {
        @Override
        public String scheme() {
            return "lexicographic";
        }

        @Override
        public boolean isPreRelease() {
            return false;
        }

        @Override
        public int compareTo(Version o) {
            String other = Version.sameScheme(this, o, LexicographicVersion.class).text;
            int i = 0, j = 0;
            while (i < text.length() && j < other.length()) {
                int a = text.codePointAt(i), b = other.codePointAt(j);
                if (a != b) return Integer.compare(a, b);
                i += Character.charCount(a);
                j += Character.charCount(b);
            }
            return Integer.compare(text.length() - i, other.length() - j);
        }
    }
}
