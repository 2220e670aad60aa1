package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The FIRST Exploit Prediction Scoring System score of a CVE.
 *
 * @param epss         probability of exploitation activity in the next 30 days, 0 to 1
 * @param percentile   rank among all scored CVEs, 0 to 1
 * @param scoreDate    the day the scores were computed; null when the file does not say
 * @param modelVersion the model, e.g. {@code v2025.03.14}; null when the file does not say
 */
public record EpssScore(String cve, double epss, double percentile, LocalDate scoreDate, String modelVersion) {
    public EpssScore {
        requireNonNull(cve, "cve must not be null");
        if (epss < 0 || epss > 1 || percentile < 0 || percentile > 1) {
            throw new IllegalArgumentException("EPSS values are probabilities between 0 and 1");
        }
    }
}
