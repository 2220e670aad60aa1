package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One vulnerability in one component: every advisory that names the same vulnerability (linked through their ids and
 * aliases) merged into one finding, with everything a PSIRT needs to decide and a report needs to cite.
 *
 * @param component       the component, its purl and its path in the product
 * @param vulnerabilityId the id the finding is filed under: the CVE when there is one, else the GHSA, else the advisory id
 * @param aliases         every other id of the vulnerability (advisory ids, GHSA, EUVD, ...), sorted
 * @param advisoryIds     the advisory records that matched
 * @param summary         one line; null when no advisory has one
 * @param details         the longer description of the first advisory that has one; null when none
 * @param cvss            CVSS scores computed from the advisories' vectors, highest first (v4.0 and v3.x)
 * @param severity        the qualitative severity: from the highest CVSS score, else from the advisories' rating words
 * @param epss            the EPSS score of the CVE; null when none is known
 * @param exploited       evidence of active exploitation (KEV, EUVD); empty when none
 * @param fixedVersions   versions that fix it, per the advisories, in the ecosystem's order
 * @param nearestFix      the lowest version above the component's that none of the advisories affects; null when none is known
 * @param explanations    how each advisory matched
 * @param vex             the VEX statement applied; null when none
 * @param references      advisory links (ADVISORY first)
 * @param published       the earliest publication date among the advisories; null when unknown
 * @param modified        the latest modification date among the advisories; null when unknown
 */
public record Finding(
        ComponentRef component,
        String vulnerabilityId,
        List<String> aliases,
        List<String> advisoryIds,
        String summary,
        String details,
        List<CvssScore> cvss,
        SeverityLevel severity,
        EpssScore epss,
        List<Exploited> exploited,
        List<String> fixedVersions,
        String nearestFix,
        List<MatchExplanation> explanations,
        VexApplied vex,
        List<String> references,
        Instant published,
        Instant modified) {

    public Finding {
        requireNonNull(component, "component must not be null");
        requireNonNull(vulnerabilityId, "vulnerabilityId must not be null");
        requireNonNull(severity, "severity must not be null");
        aliases = List.copyOf(aliases);
        advisoryIds = List.copyOf(advisoryIds);
        cvss = List.copyOf(cvss);
        exploited = List.copyOf(exploited);
        fixedVersions = List.copyOf(fixedVersions);
        explanations = List.copyOf(explanations);
        references = List.copyOf(references);
    }

    public boolean isExploited() {
        return !exploited.isEmpty();
    }

    /** The v3.x score (the highest if several), or null. */
    public CvssScore cvss3() {
        return cvss.stream().filter(c -> c.version().startsWith("3")).findFirst().orElse(null);
    }

    /** The v4.0 score (the highest if several), or null. */
    public CvssScore cvss4() {
        return cvss.stream().filter(c -> c.version().equals("4.0")).findFirst().orElse(null);
    }

    /** True unless a VEX statement says not affected or fixed. */
    public boolean isOpen() {
        return vex == null || !vex.state().suppresses();
    }

    /** The same finding with a VEX statement applied. */
    public Finding withVex(VexApplied applied) {
        return new Finding(component, vulnerabilityId, aliases, advisoryIds, summary, details, cvss, severity, epss, exploited,
                fixedVersions, nearestFix, explanations, applied, references, published, modified);
    }

    /** Every id the finding is known by: the vulnerability id, its aliases and the advisory ids. */
    public java.util.Set<String> allIds() {
        var ids = new java.util.LinkedHashSet<String>();
        ids.add(vulnerabilityId);
        ids.addAll(aliases);
        ids.addAll(advisoryIds);
        return ids;
    }

    /** Exploited first, then severity, then EPSS, then id and component: the order a PSIRT triages in. */
    public static final Comparator<Finding> TRIAGE_ORDER = Comparator
            .comparing((Finding f) -> !f.isExploited())
            .thenComparing(f -> -f.severity().rank())
            .thenComparing(f -> -(f.cvss().isEmpty() ? -1 : f.cvss().get(0).baseScore()))
            .thenComparing(f -> -(f.epss() == null ? -1 : f.epss().epss()))
            .thenComparing(Finding::vulnerabilityId)
            .thenComparing(f -> f.component().ref());
}
