package dev.craft.vuln.cvss;

import dev.craft.vuln.CvssScore;
import java.util.Optional;
import org.metaeffekt.core.security.cvss.CvssVector;
import org.metaeffekt.core.security.cvss.v2.Cvss2;
import org.metaeffekt.core.security.cvss.v3.Cvss3P1;
import org.metaeffekt.core.security.cvss.v4P0.Cvss4P0;

/**
 * Base scores from CVSS vectors, computed with ae-security (org.metaeffekt.core), which implements the FIRST
 * specifications of CVSS 2.0, 3.1 and 4.0 (the 4.0 macro-vector lookup included). A 3.0 vector is scored with
 * the 3.1 equations, as FIRST advises (3.1 changed only the rounding and the modified-scope formula). A vector
 * whose base metrics are incomplete or invalid gives no score rather than a wrong one.
 */
public final class CvssCalculator {

    private CvssCalculator() {}

    /**
     * Scores a vector.
     *
     * @param vector e.g. {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}; a v2 vector has no prefix
     * @param source the advisory it came from
     * @return the score, or empty when the vector is not a complete base vector
     */
    public static Optional<CvssScore> score(String vector, String source) {
        if (vector == null || vector.isBlank() || vector.length() > 512) return Optional.empty();
        String v = vector.strip();
        try {
            CvssVector parsed;
            String version;
            if (v.startsWith("CVSS:4.0/")) {
                parsed = new Cvss4P0(v);
                version = "4.0";
            } else if (v.startsWith("CVSS:3.1/") || v.startsWith("CVSS:3.0/")) {
                parsed = new Cvss3P1(v);
                version = v.substring(5, 8);
            } else if (v.startsWith("AV:") || v.startsWith("(AV:") || v.startsWith("CVSS:2.0/")) {
                parsed = new Cvss2(v.replace("CVSS:2.0/", ""));
                version = "2.0";
            } else {
                return Optional.empty();
            }
            if (!parsed.isBaseFullyDefined()) return Optional.empty();
            double score = parsed.getBaseScore();
            if (Double.isNaN(score) || score < 0 || score > 10) return Optional.empty();
            return Optional.of(new CvssScore(version, v, Math.round(score * 10) / 10.0, true, source));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
