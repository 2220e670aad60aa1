package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What a scan found in one SBOM.
 *
 * @param sbom          the SBOM file (or upload name) that was scanned
 * @param product       the product the SBOM describes; null when it names none
 * @param scannedAt     when (UTC)
 * @param findings      in triage order ({@link Finding#TRIAGE_ORDER})
 * @param couldNotCheck components, or component-advisory pairs, that could not be checked
 * @param vexNotes      VEX statements that applied to nothing, and other remarks on the VEX input
 * @param sources       the advisory sources the index was built from (provenance of the verdicts)
 * @param stats         counts and timing
 */
public record ScanResult(
        String sbom,
        ComponentRef product,
        Instant scannedAt,
        List<Finding> findings,
        List<CouldNotCheck> couldNotCheck,
        List<String> vexNotes,
        List<SourceInfo> sources,
        Stats stats) {

    public ScanResult {
        requireNonNull(sbom, "sbom must not be null");
        requireNonNull(scannedAt, "scannedAt must not be null");
        findings = List.copyOf(findings);
        couldNotCheck = List.copyOf(couldNotCheck);
        vexNotes = List.copyOf(vexNotes);
        sources = List.copyOf(sources);
        requireNonNull(stats, "stats must not be null");
    }

    /**
     * @param components     components in the SBOM
     * @param looked         components looked up in the index
     * @param withFindings   components with at least one finding
     * @param advisories     advisories in the index (withdrawn excluded)
     * @param fallbacks      matches that used a fallback (generic ordering, unknown distribution release)
     * @param micros         time spent matching, in microseconds
     */
    public record Stats(int components, int looked, int withFindings, int advisories, int fallbacks, long micros) {}

    /** Findings that are still open (no VEX statement says not affected or fixed). */
    public List<Finding> openFindings() {
        return findings.stream().filter(Finding::isOpen).toList();
    }
}
