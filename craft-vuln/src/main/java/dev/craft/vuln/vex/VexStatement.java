package dev.craft.vuln.vex;

import static java.util.Objects.requireNonNull;

import dev.craft.vuln.VexApplied;
import dev.craft.vuln.VexState;
import java.time.Instant;
import java.util.List;

/**
 * One VEX statement, read from any of the three dialects (CycloneDX VEX, OpenVEX, CSAF VEX) into one shape.
 *
 * @param vulnerability  the vulnerability id (CVE, GHSA, ...)
 * @param aliases        other ids the document gives for it
 * @param products       what it is about
 * @param state          the status
 * @param justification  the not-affected justification label, as written; null when none
 * @param impactStatement free text on why it is not affected; null when none
 * @param actionStatement what to do; null when none
 * @param responses      CycloneDX responses, comma-separated; null when none
 * @param document       the file it came from
 * @param location       where in the file
 * @param dialect        {@code CycloneDX}, {@code OpenVEX} or {@code CSAF}
 * @param timestamp      when it was made; null when the document does not say
 */
public record VexStatement(
        String vulnerability,
        List<String> aliases,
        List<VexProduct> products,
        VexState state,
        String justification,
        String impactStatement,
        String actionStatement,
        String responses,
        String document,
        String location,
        String dialect,
        Instant timestamp) {

    public VexStatement {
        requireNonNull(vulnerability, "vulnerability must not be null");
        requireNonNull(state, "state must not be null");
        requireNonNull(document, "document must not be null");
        aliases = List.copyOf(aliases);
        products = List.copyOf(products);
    }

    /** The statement as it is attached to a finding. */
    public VexApplied applied() {
        return new VexApplied(state, justification, impactStatement, actionStatement, responses, document, location, dialect, timestamp);
    }
}
