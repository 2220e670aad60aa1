package dev.craft.sbom.purl;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Optional;

/**
 * packageurl-java at craft's trust boundary: {@code tryParse} instead of its checked exception, and the
 * version-less identity that diff uses to follow a package across versions.
 */
public final class Purls {

    private Purls() {}

    public static Optional<PackageURL> tryParse(String purl) {
        if (purl == null || purl.isBlank()) return Optional.empty();
        try {
            return Optional.of(new PackageURL(purl));
        } catch (MalformedPackageURLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The purl type (ecosystem), or empty when the purl does not parse. */
    public static Optional<String> type(String purl) {
        return tryParse(purl).map(PackageURL::getType);
    }

    /** {@code type/namespace/name[#subpath]}, canonical, without version and qualifiers; empty when unparseable. */
    public static Optional<String> versionlessKey(String purl) {
        return tryParse(purl).map(p -> {
            var sb = new StringBuilder(p.getType()).append('/');
            if (p.getNamespace() != null) sb.append(p.getNamespace()).append('/');
            sb.append(p.getName());
            if (p.getSubpath() != null) sb.append('#').append(p.getSubpath());
            return sb.toString();
        });
    }
}
