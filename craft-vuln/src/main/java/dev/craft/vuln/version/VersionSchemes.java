package dev.craft.vuln.version;

import dev.craft.vuln.version.alpm.AlpmScheme;
import dev.craft.vuln.version.conan.ConanScheme;
import dev.craft.vuln.version.datetime.DateTimeScheme;
import dev.craft.vuln.version.debian.DebianScheme;
import dev.craft.vuln.version.gentoo.GentooScheme;
import dev.craft.vuln.version.lexicographic.LexicographicScheme;
import dev.craft.vuln.version.maven.MavenScheme;
import dev.craft.vuln.version.openssl.OpenSslScheme;
import dev.craft.vuln.version.pub.PubScheme;
import dev.craft.vuln.version.pypi.Pep440Scheme;
import dev.craft.vuln.version.rubygems.RubyGemsScheme;
import dev.craft.vuln.version.semver.SemVerScheme;
import dev.craft.vuln.version.versatile.VersatileScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one table that says which version rules apply to which package: purl type to scheme, OSV ecosystem to purl
 * type (and, for Linux distributions, to the purl namespace), and vers scheme names to schemes. Everything in
 * craft that needs "how are versions of this package ordered?" asks here.
 */
public final class VersionSchemes {

    /** One ecosystem: its purl type, its scheme, and the OSV ecosystem names (with the purl namespace they imply). */
    public record Binding(String purlType, VersionScheme scheme, Map<String, String> osvEcosystems) {}

    /**
     * An OSV {@code affected[].package.ecosystem} value, read: {@code Debian:11} has base {@code Debian}, release
     * {@code 11}, purl type {@code deb} and namespace {@code debian}.
     *
     * @param purlType  null when the ecosystem has no purl type (OSS-Fuzz, Linux, Android, GIT)
     * @param namespace the purl namespace the ecosystem implies (distributions), else null
     * @param release   the distribution release after the first colon, else null
     */
    public record OsvEcosystem(String raw, String base, String release, String purlType, String namespace) {}

    private static final List<Binding> BINDINGS = List.of(
            binding("maven", MavenScheme.INSTANCE, "Maven", ""),
            binding("npm", SemVerScheme.NPM, "npm", ""),
            binding("pypi", Pep440Scheme.INSTANCE, "PyPI", ""),
            binding("golang", SemVerScheme.GOLANG, "Go", ""),
            binding("cargo", SemVerScheme.CARGO, "crates.io", ""),
            binding("nuget", VersatileScheme.NUGET, "NuGet", ""),
            binding("gem", RubyGemsScheme.INSTANCE, "RubyGems", ""),
            binding("composer", VersatileScheme.COMPOSER, "Packagist", ""),
            binding("hex", SemVerScheme.HEX, "Hex", ""),
            binding("pub", PubScheme.INSTANCE, "Pub", ""),
            binding("deb", DebianScheme.INSTANCE, "Debian", "debian", "Ubuntu", "ubuntu"),
            binding("rpm", VersatileScheme.RPM, "Red Hat", "redhat", "Rocky Linux", "rocky", "AlmaLinux", "almalinux",
                    "openSUSE", "opensuse", "SUSE", "suse", "Mageia", "mageia", "openEuler", "openeuler",
                    "Photon OS", "photon", "Azure Linux", "azurelinux"),
            binding("apk", VersatileScheme.APK, "Alpine", "alpine", "Wolfi", "wolfi", "Chainguard", "chainguard",
                    "MinimOS", "minimos"),
            binding("alpm", AlpmScheme.INSTANCE),
            binding("conan", ConanScheme.INSTANCE, "ConanCenter", ""),
            // Bitnami publishes SEMVER ranges; its own versions follow SemVer.
            binding("bitnami", SemVerScheme.SEMVER, "Bitnami", ""));

    /** Ecosystems that exist in OSV but have no version scheme of their own in craft (the generic fallback applies). */
    private static final Map<String, String> OSV_WITHOUT_SCHEME = Map.of(
            "GitHub Actions", "githubactions", "Hackage", "hackage", "CRAN", "cran", "SwiftURL", "swift",
            "Julia", "julia", "Haskell", "hackage");

    private static final Map<String, VersionScheme> BY_ID = new LinkedHashMap<>();

    static {
        for (Binding b : BINDINGS) BY_ID.putIfAbsent(b.scheme().id(), b.scheme());
        for (VersionScheme s : List.of(SemVerScheme.SEMVER, SemVerScheme.GENERIC, GentooScheme.INSTANCE,
                OpenSslScheme.INSTANCE, DateTimeScheme.INSTANCE, LexicographicScheme.INSTANCE)) {
            BY_ID.putIfAbsent(s.id(), s);
        }
    }

    /** Other spellings of scheme ids found in vers, univers and OSV. */
    private static final Map<String, String> ID_ALIASES = Map.ofEntries(
            Map.entry("go", "golang"), Map.entry("python", "pypi"), Map.entry("rubygems", "gem"),
            Map.entry("packagist", "composer"), Map.entry("crates", "cargo"), Map.entry("debian", "deb"),
            Map.entry("alpine", "apk"), Map.entry("arch", "alpm"), Map.entry("ebuild", "gentoo"),
            Map.entry("redhat", "rpm"), Map.entry("dart", "pub"));

    private VersionSchemes() {}

    private static Binding binding(String purlType, VersionScheme scheme, String... osv) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < osv.length; i += 2) map.put(osv[i], osv[i + 1]);
        return new Binding(purlType, scheme, Map.copyOf(map));
    }

    /** Every ecosystem craft knows, in a stable order (for docs and {@code craft db status}). */
    public static List<Binding> bindings() {
        return BINDINGS;
    }

    /** The scheme for a purl type ({@code pypi}, {@code maven}, ...), if craft knows one. */
    public static Optional<VersionScheme> forPurlType(String purlType) {
        String t = purlType.toLowerCase(Locale.ROOT);
        for (Binding b : BINDINGS) if (b.purlType().equals(t)) return Optional.of(b.scheme());
        return Optional.empty();
    }

    /** A scheme by its id or a known alias ({@code pypi}, {@code python}, {@code gem}, {@code alpine}, ...). */
    public static Optional<VersionScheme> byId(String id) {
        String k = id.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_ID.get(ID_ALIASES.getOrDefault(k, k)));
    }

    /** Every scheme craft implements, by id. */
    public static Map<String, VersionScheme> all() {
        return Map.copyOf(BY_ID);
    }

    /** The SemVer fallback for ecosystems without a scheme; matches that use it record the fact. */
    public static VersionScheme fallback() {
        return SemVerScheme.GENERIC;
    }

    /** The rules of an OSV {@code SEMVER} range, whatever the ecosystem. */
    public static VersionScheme semver() {
        return SemVerScheme.SEMVER;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, OsvEcosystem> ECOSYSTEM_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads an OSV ecosystem string. Unknown ecosystems have a null purl type. */
    public static OsvEcosystem osvEcosystem(String ecosystem) {
        if (ECOSYSTEM_CACHE.size() > 10_000) ECOSYSTEM_CACHE.clear(); // a few dozen in practice; bounded against odd input
        return ECOSYSTEM_CACHE.computeIfAbsent(ecosystem, VersionSchemes::readOsvEcosystem);
    }

    private static OsvEcosystem readOsvEcosystem(String ecosystem) {
        String raw = ecosystem.strip();
        int colon = raw.indexOf(':');
        String base = colon < 0 ? raw : raw.substring(0, colon);
        String release = colon < 0 ? null : raw.substring(colon + 1);
        for (Binding b : BINDINGS) {
            String ns = b.osvEcosystems().get(base);
            if (ns != null) return new OsvEcosystem(raw, base, release, b.purlType(), ns.isEmpty() ? null : ns);
        }
        String type = OSV_WITHOUT_SCHEME.get(base);
        return new OsvEcosystem(raw, base, release, type, null);
    }
}
