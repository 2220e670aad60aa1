package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The VEX statement that applies to a finding.
 *
 * @param state           the status
 * @param justification   why it is not affected (OpenVEX/CycloneDX/CSAF justification label); null when none
 * @param impactStatement free text on why it is not affected; null when none
 * @param actionStatement what to do (for affected); null when none
 * @param responses       CycloneDX {@code analysis.response} values, comma-separated; null when none
 * @param document        the VEX file the statement came from
 * @param location        where in it ({@code $.statements[2]}, {@code $.vulnerabilities[0]})
 * @param dialect         {@code CycloneDX}, {@code OpenVEX} or {@code CSAF}
 * @param timestamp       the statement's time; null when the document gives none
 */
public record VexApplied(
        VexState state,
        String justification,
        String impactStatement,
        String actionStatement,
        String responses,
        String document,
        String location,
        String dialect,
        Instant timestamp) {

    public VexApplied {
        requireNonNull(state, "state must not be null");
        requireNonNull(document, "document must not be null");
    }
}
