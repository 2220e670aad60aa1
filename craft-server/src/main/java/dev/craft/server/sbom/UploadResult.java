package dev.craft.server.sbom;

import dev.craft.server.finding.FindingQueries;
import dev.craft.server.finding.Gate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a push answers, and what {@code GET /uploads/{id}} answers again: what was stored, what was
 * matched (or why it could not be), the findings with their triage in force, and the gate's verdict.
 */
public record UploadResult(long uploadId, String product, String release, boolean releaseCreated, boolean sbomStored,
        SbomInfo sbom, Matching matching, Summary findings, List<Item> items, Gate.Verdict gate, String uploadedBy, Instant uploadedAt) {

    /**
     * @param warnings     repairs the reader made (generated refs, dangling dependencies, ...), rendered
     * @param schemaErrors violations of the declared spec version's schema (reading continues; see docs/sbom.md)
     */
    public record SbomInfo(long id, String filename, String sha256, String format, String specVersion, int components, long bytes,
            List<String> warnings, List<String> schemaErrors) {}

    /**
     * @param status        {@code matched}, or {@code not-checked} when no advisory was imported yet
     * @param couldNotCheck components (or component-advisory pairs) that could not be checked, with the reason
     */
    public record Matching(String status, String reason, int advisories, int couldNotCheckCount, List<String> couldNotCheck, long micros) {}

    public record Summary(int total, int open, int exploited, Map<String, Integer> bySeverity, int newFindings, int removed,
            int carriedOver, int alerts) {}

    public record Item(long id, String vulnerabilityId, List<String> aliases, String severity, boolean exploited, String exploitedSource,
            String component, String version, String purl, String triage, FindingQueries.Origin triageOrigin) {}
}
