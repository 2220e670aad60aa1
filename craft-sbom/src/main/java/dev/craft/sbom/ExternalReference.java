package dev.craft.sbom;

import java.util.List;

/**
 * A link from a component to something outside the SBOM.
 *
 * @param type   CycloneDX external-reference type ({@code vcs}, {@code distribution}, {@code source-distribution},
 *               {@code website}, {@code rfc-9116}, {@code advisories}, ...); SPDX categories are mapped to these
 * @param url    the locator
 * @param hashes hashes of what the URL points to (CycloneDX {@code externalReferences[].hashes})
 */
public record ExternalReference(String type, String url, List<Hash> hashes) {
    public ExternalReference {
        hashes = List.copyOf(hashes);
    }
}
