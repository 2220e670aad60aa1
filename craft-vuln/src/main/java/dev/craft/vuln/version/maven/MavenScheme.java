package dev.craft.vuln.version.maven;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Maven versions, ordered by {@link ComparableVersion} from maven-artifact: the comparator Maven itself uses to
 * resolve dependency versions, so that a match agrees with what the build actually picks.
 */
public final class MavenScheme implements VersionScheme {

    public static final MavenScheme INSTANCE = new MavenScheme();

    private static final Pattern PRE_RELEASE = Pattern.compile(
            "(?i).*(alpha|beta|milestone|snapshot|preview|(^|[.\\-_\\d])(a|b|m|rc|cr|ea)(?=[.\\-_\\d]|$)).*");

    private MavenScheme() {}

    @Override
    public String id() {
        return "maven";
    }

    @Override
    public String implementation() {
        return "maven-artifact " + ComparableVersion.class.getPackage().getImplementationVersion() + " ComparableVersion";
    }

    @Override
    public MavenVersion parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new InvalidVersionException(id(), text, "empty");
        if (s.length() > 256) throw new InvalidVersionException(id(), text, "longer than 256 characters");
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isISOControl(s.charAt(i))) {
                throw new InvalidVersionException(id(), text, "contains whitespace or control characters");
            }
        }
        return new MavenVersion(text, new ComparableVersion(s));
    }

    @Override
    public String toString() {
        return id();
    }

    /** A Maven version; equality is ComparableVersion's canonical form ({@code 1.0} equals {@code 1.0.0}). */
    public record MavenVersion(String text, ComparableVersion comparable) implements Version {

        @Override
        public String scheme() {
            return "maven";
        }

        @Override
        public boolean isPreRelease() {
            return PRE_RELEASE.matcher(text.toLowerCase(Locale.ROOT)).matches();
        }

        @Override
        public int compareTo(Version o) {
            return comparable.compareTo(Version.sameScheme(this, o, MavenVersion.class).comparable);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MavenVersion v && comparable.equals(v.comparable);
        }

        @Override
        public int hashCode() {
            return comparable.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
