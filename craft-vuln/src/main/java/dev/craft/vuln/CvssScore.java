package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

/**
 * A CVSS base score computed by craft from a vector (never copied from a feed's number unless the feed gives no
 * vector, in which case {@code vector} is null and {@code computed} is false).
 *
 * @param version   {@code 2.0}, {@code 3.0}, {@code 3.1} or {@code 4.0}
 * @param vector    the vector string; null when the source gave only a number
 * @param baseScore the base score, 0.0 to 10.0
 * @param computed  true when craft computed the score from the vector
 * @param source    the advisory the vector came from
 */
public record CvssScore(String version, String vector, double baseScore, boolean computed, String source) {
    public CvssScore {
        requireNonNull(version, "version must not be null");
        if (baseScore < 0 || baseScore > 10) throw new IllegalArgumentException("a CVSS score is between 0 and 10");
    }

    public SeverityLevel level() {
        return SeverityLevel.fromScore(baseScore);
    }
}
