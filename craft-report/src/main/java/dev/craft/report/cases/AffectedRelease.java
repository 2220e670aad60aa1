package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * One release of a product that contains the vulnerability or is hit by the incident.
 *
 * @param productId            the product's id in craft
 * @param productName          its name as sold
 * @param version              the release
 * @param purl                 the release's package URL; null if none
 * @param placedOnMarket       first placed on the Union market; null if not recorded
 * @param supportEnd           last day of its support period (Art 13(8)); null if not recorded
 * @param availableIn          Member States where it was made available
 * @param affectedComponent    the component carrying the vulnerability (purl); null for the product's own code
 * @param thirdPartyComponent  the component is integrated from a third party (FAQ 5.4; Guidance pt 218)
 * @param fixedVersion         the release that fixes it; null if none yet
 */
public record AffectedRelease(String productId, String productName, String version, String purl, LocalDate placedOnMarket,
                              LocalDate supportEnd, Set<MemberState> availableIn, String affectedComponent,
                              boolean thirdPartyComponent, String fixedVersion) {

    public AffectedRelease {
        requireNonNull(productId, "productId must not be null");
        requireNonNull(productName, "productName must not be null");
        requireNonNull(version, "version must not be null");
        availableIn = availableIn == null || availableIn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(availableIn));
    }

    /** "Camera X 2.1.0". */
    public String label() {
        return productName + " " + version;
    }
}
