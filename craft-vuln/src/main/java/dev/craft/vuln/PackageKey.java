package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;

/**
 * The identity of a package across advisories and SBOMs: purl type, namespace and name, normalized per type
 * (PyPI names folded per PEP 503, npm scopes and names lower-cased, Maven group and artifact kept as written, ...;
 * see {@link dev.craft.vuln.purl.PurlNormalizer}). Versions and qualifiers are not part of it. The matching index
 * is a map from this key to the advisories that name the package.
 *
 * @param type      purl type, lower case ({@code pypi}, {@code maven}, {@code deb}, ...)
 * @param namespace purl namespace after normalization; empty when the type has none
 * @param name      purl name after normalization
 */
public record PackageKey(String type, String namespace, String name) {

    public PackageKey {
        requireNonNull(type, "type must not be null");
        requireNonNull(namespace, "namespace must not be null");
        requireNonNull(name, "name must not be null");
        if (type.isEmpty() || name.isEmpty()) throw new IllegalArgumentException("type and name must not be empty");
    }

    /** The key as a version-less purl, e.g. {@code pkg:npm/%40angular/core}. */
    @Override
    public String toString() {
        try {
            return new PackageURL(type, namespace.isEmpty() ? null : namespace, name, null, null, null).canonicalize();
        } catch (MalformedPackageURLException e) {
            return "pkg:" + type + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
        }
    }
}
