package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One entry of the CISA Known Exploited Vulnerabilities catalogue.
 *
 * @param cveId                      the CVE id ({@code cveID})
 * @param dateAdded                  when CISA added it (the date it became known as exploited)
 * @param dueDate                    the remediation due date for US federal agencies; null when absent
 * @param knownRansomwareCampaignUse {@code Known} or {@code Unknown}, as written
 */
public record KevEntry(
        String cveId,
        String vendorProject,
        String product,
        String vulnerabilityName,
        LocalDate dateAdded,
        LocalDate dueDate,
        String knownRansomwareCampaignUse,
        String requiredAction,
        String notes) {

    public KevEntry {
        requireNonNull(cveId, "cveId must not be null");
        requireNonNull(dateAdded, "dateAdded must not be null");
    }

    public boolean usedInRansomware() {
        return "Known".equalsIgnoreCase(knownRansomwareCampaignUse);
    }
}
