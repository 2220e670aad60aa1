package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An exploited vulnerability from the ENISA EU Vulnerability Database (EUVD).
 *
 * @param euvdId         the EUVD id, {@code EUVD-YYYY-N}
 * @param aliases        other ids (CVE, GHSA, vendor ids)
 * @param exploitedSince when ENISA records exploitation from; null when the entry does not say
 * @param description    the EUVD description; may be null
 * @param baseScore      the EUVD base score; null when absent
 * @param baseScoreVector the vector behind it; null when absent
 */
public record EuvdEntry(
        String euvdId, List<String> aliases, Instant exploitedSince, String description, Double baseScore, String baseScoreVector) {

    /** The EUVD id syntax. */
    public static final Pattern ID = Pattern.compile("^EUVD-\\d{4}-\\d+$");

    public EuvdEntry {
        requireNonNull(euvdId, "euvdId must not be null");
        if (!ID.matcher(euvdId).matches()) throw new IllegalArgumentException("not an EUVD id: " + euvdId);
        aliases = List.copyOf(aliases);
    }
}
