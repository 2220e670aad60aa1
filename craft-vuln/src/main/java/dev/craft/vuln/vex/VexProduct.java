package dev.craft.vuln.vex;

import java.util.List;

/**
 * What a VEX statement is about: a product or component, identified by purl, CycloneDX bom-ref, CPE or name (any
 * may be null), optionally only some of its versions (CycloneDX {@code affects[].versions}: one {@code version} or a
 * vers {@code range}), with the subcomponents the statement narrows it to (OpenVEX {@code subcomponents}, CSAF
 * "default component of" relationships).
 */
public record VexProduct(String purl, String bomRef, String cpe, String name, String version, String versRange,
        List<VexProduct> subcomponents) {
    public VexProduct {
        subcomponents = List.copyOf(subcomponents);
    }

    /**
     * A statement that names no product (a CycloneDX vulnerability with an analysis but no {@code affects}): it speaks
     * for every product of its author, so it applies to the whole SBOM being scanned.
     */
    public static VexProduct anyProduct() {
        return new VexProduct(null, null, null, null, null, null, List.of());
    }

    public boolean isAnyProduct() {
        return purl == null && bomRef == null && cpe == null && name == null;
    }

    public static VexProduct ofPurl(String purl) {
        return new VexProduct(purl, null, null, null, null, null, List.of());
    }

    /** The same product, limited to one version or a vers range. */
    public VexProduct withVersions(String exact, String range) {
        return new VexProduct(purl, bomRef, cpe, name, exact, range, subcomponents);
    }

    /** A short label for notes: the purl, else the bom-ref, CPE or name. */
    public String label() {
        return purl != null ? purl : bomRef != null ? bomRef : cpe != null ? cpe : name != null ? name : "(any product)";
    }
}
