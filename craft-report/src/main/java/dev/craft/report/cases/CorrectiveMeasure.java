package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A corrective or mitigating measure made available. The first one available starts the 14-day clock of the
 * vulnerability final report (Art 14(2)(c)).
 *
 * @param availableAt  when users could apply it
 * @param kind         security update, mitigation or workaround
 * @param description  what it is and how to apply it
 * @param reference    advisory, release notes or download URL; null if none
 * @param fixedVersion the release that carries it; null for a mitigation without a release
 * @param productId    the product whose release {@code fixedVersion} is; null when the case has one product
 */
public record CorrectiveMeasure(Instant availableAt, Kind kind, String description, String reference, String fixedVersion,
                                String productId) {

    public CorrectiveMeasure {
        requireNonNull(availableAt, "availableAt must not be null");
        requireNonNull(kind, "kind must not be null");
        requireNonNull(description, "description must not be null");
    }

    /** A measure of the case's only product. */
    public CorrectiveMeasure(Instant availableAt, Kind kind, String description, String reference, String fixedVersion) {
        this(availableAt, kind, description, reference, fixedVersion, null);
    }

    /** Kinds of measure, aligned with CSAF remediation categories. */
    public enum Kind {
        SECURITY_UPDATE("vendor_fix"), MITIGATION("mitigation"), WORKAROUND("workaround");

        private final String csafCategory;

        Kind(String csafCategory) {
            this.csafCategory = csafCategory;
        }

        public String csafCategory() {
            return csafCategory;
        }
    }
}
