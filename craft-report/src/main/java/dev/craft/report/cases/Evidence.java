package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One piece of evidence behind a decision on the case: what it is, where it came from, and where to find it.
 *
 * @param source      what kind of source
 * @param description what it shows, in the decider's words
 * @param reference   a URL, ticket or document id; null if none
 * @param observedAt  when the evidence was seen; null if unknown
 */
public record Evidence(EvidenceSource source, String description, String reference, Instant observedAt) {

    public Evidence {
        requireNonNull(source, "source must not be null");
        requireNonNull(description, "description must not be null");
    }

    /** Where evidence comes from. */
    public enum EvidenceSource {
        KEV, EUVD, CSIRT, VENDOR_ADVISORY, OWN_TELEMETRY, CUSTOMER_REPORT, RESEARCHER_REPORT, THREAT_INTELLIGENCE, OTHER
    }
}
