package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

/**
 * A severity statement as the source gives it.
 *
 * @param type  {@code CVSS_V2}, {@code CVSS_V3}, {@code CVSS_V4} (the score is a vector), {@code Ubuntu}, or
 *              {@code TEXT} for a rating word from {@code database_specific} ({@code HIGH}, {@code Critical}), or
 *              {@code CVSS_V3_SCORE} for a bare number without a vector (rubysec)
 * @param score the vector, the word or the number, as written
 */
public record Severity(String type, String score) {
    public Severity {
        requireNonNull(type, "type must not be null");
        requireNonNull(score, "score must not be null");
    }
}
