package dev.craft.vuln.purl;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.craft.vuln.PackageKey;
import dev.craft.vuln.version.VersionSchemes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns package URLs and OSV package names into {@link PackageKey}s, so that both sides of a match are spelled the
 * same way. Per type:
 * <ul>
 *   <li>{@code pypi}: the name folded as PEP 503 says ({@code Django_REST.framework} is {@code django-rest-framework})</li>
 *   <li>{@code npm}: scope and name lower case; the scope keeps its {@code @}</li>
 *   <li>{@code composer}, {@code nuget}, {@code cargo}, {@code hex}, {@code pub}, {@code bitnami},
 *       {@code github}, {@code githubactions}: lower case</li>
 *   <li>{@code maven}: group id as namespace and artifact id as name, as written (Maven ids are case-sensitive)</li>
 *   <li>{@code golang}: the module path, split at its last {@code /}, as written</li>
 *   <li>{@code deb}, {@code rpm}, {@code apk}, {@code alpm}: the namespace (the distribution) lower case</li>
 * </ul>
 */
public final class PurlNormalizer {

    private PurlNormalizer() {}

    /** The key of a purl string, or empty when it is not a valid purl. */
    public static Optional<PackageKey> fromPurl(String purl) {
        return parse(purl).map(PurlNormalizer::fromPurl);
    }

    public static PackageKey fromPurl(PackageURL p) {
        return normalize(p.getType(), p.getNamespace(), p.getName());
    }

    /** Parses a purl, empty when invalid. */
    public static Optional<PackageURL> parse(String purl) {
        if (purl == null || purl.isBlank() || purl.length() > 4096) return Optional.empty();
        try {
            return Optional.of(new PackageURL(purl.strip()));
        } catch (MalformedPackageURLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The key of an OSV package ({@code affected[].package} ecosystem and name), empty when the ecosystem has no purl
     * type (OSS-Fuzz, Linux, Android, GIT).
     */
    public static Optional<PackageKey> fromOsv(String ecosystem, String name) {
        VersionSchemes.OsvEcosystem eco = VersionSchemes.osvEcosystem(ecosystem);
        if (eco.purlType() == null || name == null || name.isBlank()) return Optional.empty();
        String type = eco.purlType();
        String ns = eco.namespace();
        String n = name.strip();
        switch (type) {
            case "maven" -> {
                int colon = n.indexOf(':');
                if (colon < 0) return Optional.empty();
                ns = n.substring(0, colon);
                n = n.substring(colon + 1);
            }
            case "npm", "composer", "golang", "swift" -> {
                int slash = n.lastIndexOf('/');
                if (slash > 0) {
                    ns = n.substring(0, slash);
                    n = n.substring(slash + 1);
                }
            }
            default -> { }
        }
        if (n.isEmpty()) return Optional.empty();
        return Optional.of(normalize(type, ns, n));
    }

    /** The key of type, namespace and name after the per-type rules above. */
    public static PackageKey normalize(String type, String namespace, String name) {
        String t = type.toLowerCase(Locale.ROOT);
        String ns = namespace == null ? "" : namespace;
        String n = name;
        switch (t) {
            case "pypi" -> n = n.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
            case "npm" -> {
                ns = ns.toLowerCase(Locale.ROOT);
                if (!ns.isEmpty() && !ns.startsWith("@")) ns = "@" + ns;
                n = n.toLowerCase(Locale.ROOT);
            }
            case "composer", "nuget", "cargo", "hex", "pub", "bitnami", "github", "githubactions" -> {
                ns = ns.toLowerCase(Locale.ROOT);
                n = n.toLowerCase(Locale.ROOT);
            }
            case "deb", "rpm", "apk", "alpm" -> ns = DISTRO_ALIASES.getOrDefault(ns.toLowerCase(Locale.ROOT), ns.toLowerCase(Locale.ROOT));
            default -> { }
        }
        return new PackageKey(t, ns, n);
    }

    /** Spellings of distribution namespaces that mean the same vendor. */
    private static final Map<String, String> DISTRO_ALIASES = Map.of(
            "rocky-linux", "rocky", "rockylinux", "rocky", "red hat", "redhat", "rhel", "redhat", "opensuse-leap", "opensuse");
}
