package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A finding as it stood when it was attached to the case. Findings change as feeds update; the case keeps what
 * it was decided on.
 *
 * @param id                 the finding's id in craft
 * @param advisoryId         the advisory matched (CVE, GHSA, OSV id)
 * @param aliases            other ids of the same vulnerability (EUVD, GHSA, CVE)
 * @param summary            one line
 * @param description        the advisory's description; null if none
 * @param productId          the product whose release it was found on
 * @param releaseVersion     that release
 * @param componentPurl      the component that matched
 * @param fixedVersions      component versions that fix it, from the advisory
 * @param cvssVector         CVSS vector string; null if none
 * @param cvssScore          CVSS base score; null if none
 * @param severity           qualitative severity (LOW..CRITICAL); null if none
 * @param cwes               CWE ids
 * @param references         advisory URLs
 * @param kevDateAdded       when CISA added it to KEV; null if not listed
 * @param knownRansomwareUse KEV's known ransomware campaign use; null if unknown
 */
public record FindingSnapshot(String id, String advisoryId, List<String> aliases, String summary, String description,
                              String productId, String releaseVersion, String componentPurl, List<String> fixedVersions,
                              String cvssVector, Double cvssScore, String severity, List<String> cwes,
                              List<String> references, LocalDate kevDateAdded, Boolean knownRansomwareUse) {

    public FindingSnapshot {
        requireNonNull(id, "id must not be null");
        requireNonNull(advisoryId, "advisoryId must not be null");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        fixedVersions = fixedVersions == null ? List.of() : List.copyOf(fixedVersions);
        cwes = cwes == null ? List.of() : List.copyOf(cwes);
        references = references == null ? List.of() : List.copyOf(references);
        if (summary == null) summary = advisoryId;
    }

    /** The CVE id among the advisory id and aliases, or null. */
    public String cve() {
        if (advisoryId.startsWith("CVE-")) return advisoryId;
        return aliases.stream().filter(a -> a.startsWith("CVE-")).findFirst().orElse(null);
    }
}
