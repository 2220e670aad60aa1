package dev.craft.sbom.purl;

import java.util.Optional;

/**
 * Purls as craft reads them from SBOMs: lenient parsing ({@link Purl#parseLenient}) without an exception for
 * the malformed ones, and the version-less identity that diff uses to follow a package across versions.
 */
public final class Purls {

    private Purls() {}

    /** The parsed purl, or empty when it is null, blank or malformed. */
    public static Optional<Purl> tryParse(String purl) {
        return Purl.tryParse(purl);
    }

    /** The purl type (ecosystem), or empty when the purl does not parse. */
    public static Optional<String> type(String purl) {
        return tryParse(purl).map(Purl::type);
    }

    /** {@code type/namespace/name[#subpath]}, canonical, without version and qualifiers; empty when unparseable. */
    public static Optional<String> versionlessKey(String purl) {
        return tryParse(purl).map(Purl::versionlessKey);
    }
}
