package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What opened a reporting case. A signal is not yet a decision: a KEV or EUVD listing says a vulnerability is
 * exploited somewhere; whether it is an actively exploited vulnerability contained in this product (Art 14(1),
 * Art 3(42)) is decided on the case and recorded with its evidence.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Signal.KevListing.class, name = "kev"),
    @JsonSubTypes.Type(value = Signal.EuvdExploited.class, name = "euvd"),
    @JsonSubTypes.Type(value = Signal.TriageDecision.class, name = "triage"),
    @JsonSubTypes.Type(value = Signal.ManualEntry.class, name = "manual")
})
public sealed interface Signal {

    /** When craft (or the person entering it) received the signal. */
    Instant receivedAt();

    /** One line for lists and drafts. */
    String summary();

    /**
     * The CISA Known Exploited Vulnerabilities catalogue lists a CVE that a finding on one of our releases carries.
     *
     * @param alertRef the monitoring alert that raised it, when opened from one; null otherwise
     */
    record KevListing(String cveId, String catalogVersion, LocalDate dateAdded, Boolean knownRansomwareUse,
                      String vendorProject, String product, List<String> findingIds, String alertRef, Instant receivedAt)
            implements Signal {
        public KevListing {
            requireNonNull(cveId, "cveId must not be null");
            requireNonNull(receivedAt, "receivedAt must not be null");
            findingIds = findingIds == null ? List.of() : List.copyOf(findingIds);
        }

        @Override
        public String summary() {
            return cveId + " listed in CISA KEV" + (dateAdded == null ? "" : " on " + dateAdded)
                    + (catalogVersion == null ? "" : " (catalogue " + catalogVersion + ")");
        }
    }

    /** The EU Vulnerability Database marks a vulnerability as exploited. */
    record EuvdExploited(String euvdId, List<String> cveIds, LocalDate exploitedSince, List<String> findingIds,
                         String alertRef, Instant receivedAt) implements Signal {
        public EuvdExploited {
            requireNonNull(euvdId, "euvdId must not be null");
            requireNonNull(receivedAt, "receivedAt must not be null");
            cveIds = cveIds == null ? List.of() : List.copyOf(cveIds);
            findingIds = findingIds == null ? List.of() : List.copyOf(findingIds);
        }

        @Override
        public String summary() {
            return euvdId + " marked exploited in the EUVD" + (exploitedSince == null ? "" : " since " + exploitedSince);
        }
    }

    /** A person triaged a finding and judged it exploited. */
    record TriageDecision(String findingId, String decidedBy, String note, Instant receivedAt) implements Signal {
        public TriageDecision {
            requireNonNull(findingId, "findingId must not be null");
            requireNonNull(decidedBy, "decidedBy must not be null");
            requireNonNull(receivedAt, "receivedAt must not be null");
        }

        @Override
        public String summary() {
            return "triage of finding " + findingId + " by " + decidedBy;
        }
    }

    /** Entered by hand: an incident, or an exploitation reported by a customer, researcher, CSIRT or supplier. */
    record ManualEntry(ManualSource source, String reportedBy, String description, Instant receivedAt) implements Signal {
        public ManualEntry {
            requireNonNull(source, "source must not be null");
            requireNonNull(description, "description must not be null");
            requireNonNull(receivedAt, "receivedAt must not be null");
        }

        @Override
        public String summary() {
            return source.label() + (reportedBy == null ? "" : " (" + reportedBy + ")") + ": " + description;
        }
    }

    /** Who told us, for a manual entry. */
    enum ManualSource {
        CUSTOMER("reported by a customer"),
        RESEARCHER("reported by a researcher"),
        CSIRT("reported by a CSIRT"),
        SUPPLIER("reported by a supplier"),
        IMPORTER_OR_DISTRIBUTOR("reported by an importer or distributor (Art 19(5), 20(4))"),
        INTERNAL_DETECTION("detected internally"),
        OTHER("other source");

        private final String label;

        ManualSource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
