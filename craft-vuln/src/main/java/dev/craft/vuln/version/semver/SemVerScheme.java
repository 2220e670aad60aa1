package dev.craft.vuln.version.semver;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionText;
import java.util.ArrayList;
import java.util.List;

/**
 * Semantic Versioning 2.0.0 precedence (semver.org §11), shared by the ecosystems that use it: OSV {@code SEMVER}
 * ranges, npm, Go modules (pseudo-versions are ordinary pre-releases, {@code +incompatible} is build metadata),
 * crates.io and Hex. The same rules with any number of release components serve as the generic fallback.
 *
 * <p>Read leniently where the ecosystems' own tools are lenient: a leading {@code v} or {@code =} is dropped
 * (Go tags, node-semver's loose mode), missing minor or patch count as zero, numbers of any length are compared by
 * value. Build metadata never affects precedence.
 */
public final class SemVerScheme implements VersionScheme {

    /** OSV {@code SEMVER} ranges (and Bitnami, whose ranges are SEMVER). */
    public static final SemVerScheme SEMVER = new SemVerScheme("semver", 3, "craft: SemVer 2.0.0 precedence");
    public static final SemVerScheme NPM = new SemVerScheme("npm", 3, "craft: SemVer 2.0.0, as node-semver orders versions");
    public static final SemVerScheme GOLANG = new SemVerScheme("golang", 3, "craft: SemVer 2.0.0 as golang.org/x/mod/semver: pseudo-versions are pre-releases, +incompatible ignored");
    public static final SemVerScheme CARGO = new SemVerScheme("cargo", 3, "craft: SemVer 2.0.0, as the semver crate orders versions");
    public static final SemVerScheme HEX = new SemVerScheme("hex", 3, "craft: SemVer 2.0.0, as Elixir's Version module orders versions");
    /**
     * The fallback for ecosystems without a known scheme: SemVer precedence over any number of numeric release
     * components ({@code 1.2.3.4}). A match that used it says so in its explanation.
     */
    public static final SemVerScheme GENERIC = new SemVerScheme("generic", Integer.MAX_VALUE, "craft: SemVer precedence over N numeric components; fallback");

    private final String id;
    private final int maxReleaseParts;
    private final String implementation;

    private SemVerScheme(String id, int maxReleaseParts, String implementation) {
        this.id = id;
        this.maxReleaseParts = maxReleaseParts;
        this.implementation = implementation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String implementation() {
        return implementation;
    }

    @Override
    public SemVer parse(String text) {
        String s = text.strip();
        if (s.startsWith("=")) s = s.substring(1).strip();
        if (!s.isEmpty() && (s.charAt(0) == 'v' || s.charAt(0) == 'V')) s = s.substring(1);
        int plus = s.indexOf('+');
        String build = null;
        if (plus >= 0) {
            build = s.substring(plus + 1);
            s = s.substring(0, plus);
            checkIdentifiers(text, build, "build metadata");
        }
        int dash = s.indexOf('-');
        String pre = dash >= 0 ? s.substring(dash + 1) : null;
        String core = dash >= 0 ? s.substring(0, dash) : s;
        if (core.isEmpty()) throw invalid(text, "no version number");
        String[] parts = core.split("\\.", -1);
        if (parts.length > maxReleaseParts) {
            throw invalid(text, "more than " + maxReleaseParts + " numeric components");
        }
        var release = new ArrayList<String>(Math.max(3, parts.length));
        for (String p : parts) {
            if (!VersionText.isDigits(p)) throw invalid(text, "'" + p + "' is not a number");
            release.add(VersionText.stripZeros(p));
        }
        while (release.size() < 3) release.add("0");
        // 1.0 and 1.0.0.0 are the same version in the generic scheme: drop trailing zeros beyond the third.
        while (release.size() > 3 && release.get(release.size() - 1).equals("0")) release.remove(release.size() - 1);
        List<String> preIds = List.of();
        if (pre != null) {
            checkIdentifiers(text, pre, "pre-release");
            var ids = new ArrayList<String>();
            for (String p : pre.split("\\.", -1)) ids.add(VersionText.isDigits(p) ? VersionText.stripZeros(p) : p);
            preIds = ids;
        }
        return new SemVer(id, text, release, preIds, build);
    }

    private void checkIdentifiers(String text, String ids, String what) {
        if (ids.isEmpty()) throw invalid(text, "empty " + what);
        for (String p : ids.split("\\.", -1)) {
            if (p.isEmpty()) throw invalid(text, "empty " + what + " identifier");
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (!VersionText.isDigit(c) && !VersionText.isAsciiLetter(c) && c != '-') {
                    throw invalid(text, what + " identifier '" + p + "' has '" + c + "' (allowed: [0-9A-Za-z-])");
                }
            }
        }
    }

    private InvalidVersionException invalid(String text, String reason) {
        return new InvalidVersionException(id, text, reason);
    }

    @Override
    public String toString() {
        return id;
    }

    /** A parsed semantic version; release numbers and numeric identifiers are kept without leading zeros. */
    public static final class SemVer implements Version {
        private final String scheme;
        private final String text;
        private final List<String> release;
        private final List<String> preRelease;
        private final String build;

        SemVer(String scheme, String text, List<String> release, List<String> preRelease, String build) {
            this.scheme = scheme;
            this.text = text;
            this.release = List.copyOf(release);
            this.preRelease = List.copyOf(preRelease);
            this.build = build;
        }

        /** The normal form: no {@code v}, no leading zeros, at least three numbers ({@code v1.2} is {@code 1.2.0}). */
        public String normalized() {
            var sb = new StringBuilder(String.join(".", release));
            if (!preRelease.isEmpty()) sb.append('-').append(String.join(".", preRelease));
            if (build != null) sb.append('+').append(build);
            return sb.toString();
        }

        @Override
        public String scheme() {
            return scheme;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public boolean isPreRelease() {
            return !preRelease.isEmpty();
        }

        /** Release numbers, at least three (major, minor, patch). */
        public List<String> release() {
            return release;
        }

        public List<String> preRelease() {
            return preRelease;
        }

        @Override
        public int compareTo(Version o) {
            SemVer other = Version.sameScheme(this, o, SemVer.class);
            int n = Math.max(release.size(), other.release.size());
            for (int i = 0; i < n; i++) {
                String a = i < release.size() ? release.get(i) : "0";
                String b = i < other.release.size() ? other.release.get(i) : "0";
                int c = VersionText.compareDigits(a, b);
                if (c != 0) return c;
            }
            return comparePreRelease(preRelease, other.preRelease);
        }

        static int comparePreRelease(List<String> a, List<String> b) {
            if (a.isEmpty() || b.isEmpty()) return Boolean.compare(a.isEmpty(), b.isEmpty());
            int n = Math.min(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                String x = a.get(i), y = b.get(i);
                boolean nx = VersionText.isDigits(x), ny = VersionText.isDigits(y);
                int c;
                if (nx && ny) c = VersionText.compareDigits(x, y);
                else if (nx || ny) c = nx ? -1 : 1; // numeric identifiers sort before alphanumeric ones
                else c = x.compareTo(y);
                if (c != 0) return c;
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SemVer v && v.scheme.equals(scheme) && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            var r = new ArrayList<>(release);
            while (r.size() > 1 && r.get(r.size() - 1).equals("0")) r.remove(r.size() - 1);
            return 31 * (31 * scheme.hashCode() + r.hashCode()) + preRelease.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
