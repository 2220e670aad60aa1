package dev.craft.vuln.version.pub;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dart/Flutter (pub.dev) versions as the {@code pub_semver} package orders them. It follows SemVer, with one
 * difference that matters for matching: build metadata takes part in the order, and a version with build
 * metadata sorts after the same version without it ({@code 1.0.0+1 > 1.0.0}), as pub uses it for revisions.
 */
public final class PubScheme implements VersionScheme {

    public static final PubScheme INSTANCE = new PubScheme();

    // pub_semver's COMPLETE_VERSION
    private static final Pattern VERSION = Pattern.compile(
            "(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    private PubScheme() {}

    @Override
    public String id() {
        return "pub";
    }

    @Override
    public String implementation() {
        return "craft: pub_semver Version.compareTo";
    }

    @Override
    public PubVersion parse(String text) {
        Matcher m = VERSION.matcher(text.strip());
        if (!m.matches()) throw new InvalidVersionException(id(), text, "expected MAJOR.MINOR.PATCH[-pre][+build]");
        return new PubVersion(text, List.of(VersionText.stripZeros(m.group(1)), VersionText.stripZeros(m.group(2)),
                VersionText.stripZeros(m.group(3))), identifiers(m.group(4)), identifiers(m.group(5)));
    }

    private static List<String> identifiers(String dotted) {
        if (dotted == null) return List.of();
        var out = new ArrayList<String>();
        for (String p : dotted.split("\\.")) out.add(VersionText.isDigits(p) ? VersionText.stripZeros(p) : p);
        return out;
    }

    @Override
    public String toString() {
        return id();
    }

    /** A pub version: release numbers, pre-release and build identifiers (numbers without leading zeros). */
    public record PubVersion(String text, List<String> release, List<String> preRelease, List<String> build)
            implements Version {

        public PubVersion {
            release = List.copyOf(release);
            preRelease = List.copyOf(preRelease);
            build = List.copyOf(build);
        }

        @Override
        public String scheme() {
            return "pub";
        }

        @Override
        public boolean isPreRelease() {
            return !preRelease.isEmpty();
        }

        @Override
        public int compareTo(Version o) {
            PubVersion other = Version.sameScheme(this, o, PubVersion.class);
            for (int i = 0; i < 3; i++) {
                int c = VersionText.compareDigits(release.get(i), other.release.get(i));
                if (c != 0) return c;
            }
            if (preRelease.isEmpty() != other.preRelease.isEmpty()) return preRelease.isEmpty() ? 1 : -1;
            int c = compareLists(preRelease, other.preRelease);
            if (c != 0) return c;
            if (build.isEmpty() != other.build.isEmpty()) return build.isEmpty() ? -1 : 1;
            return compareLists(build, other.build);
        }

        /** Numbers before words, numbers by value, words by code unit, then the shorter list first. */
        private static int compareLists(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String x = a.get(i), y = b.get(i);
                boolean nx = VersionText.isDigits(x), ny = VersionText.isDigits(y);
                int c = nx && ny ? VersionText.compareDigits(x, y) : nx != ny ? (nx ? -1 : 1) : x.compareTo(y);
                if (c != 0) return Integer.signum(c);
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PubVersion v && release.equals(v.release) && preRelease.equals(v.preRelease)
                    && build.equals(v.build);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * release.hashCode() + preRelease.hashCode()) + build.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
