package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The component a finding is about, and where it sits in the product.
 *
 * @param ref     the component's ref in the SBOM (CycloneDX bom-ref, SPDX id)
 * @param name    its name (with the group for Maven, e.g. {@code org.apache.logging.log4j:log4j-core})
 * @param version its version; null when the SBOM gives none
 * @param purl    the purl that was looked up; null when it has none
 * @param path    the dependency path from the product to the component, as {@code name@version} labels, both ends
 *                included; just the component when the SBOM states no path to it
 * @param pathRefs the same path as refs
 */
public record ComponentRef(String ref, String name, String version, String purl, List<String> path, List<String> pathRefs) {
    public ComponentRef {
        requireNonNull(ref, "ref must not be null");
        requireNonNull(name, "name must not be null");
        path = List.copyOf(path);
        pathRefs = List.copyOf(pathRefs);
    }

    /** The direct dependency of the product through which this component comes in; null when unknown. */
    public String topLevel() {
        return path.size() >= 2 ? path.get(1) : null;
    }
}
