package dev.craft.sbom;

/**
 * Facts about the source document that the normalized model does not carry but quality rules need.
 *
 * @param vulnerabilities number of vulnerability entries in the SBOM itself (CycloneDX {@code vulnerabilities});
 *                        BSI TR-03183-2 wants none (vulnerability data belongs in CSAF/VEX)
 * @param signed          whether the document carries an embedded signature (CycloneDX JSF {@code signature},
 *                        XML {@code Signature})
 * @param services        number of CycloneDX services (not components; counted, not normalized)
 * @param files           number of SPDX file elements (SPDX files are not treated as components)
 */
public record DocumentFacts(int vulnerabilities, boolean signed, int services, int files) {
    public static final DocumentFacts NONE = new DocumentFacts(0, false, 0, 0);
}
