package dev.craft.vuln;

import java.util.Locale;

/** Qualitative severity, as CVSS v3.1/v4.0 define the ranges; {@link #UNKNOWN} when nothing says. */
public enum SeverityLevel {
    CRITICAL, HIGH, MEDIUM, LOW, NONE, UNKNOWN;

    /** CVSS: 9.0-10.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low, 0.0 none. */
    public static SeverityLevel fromScore(double score) {
        if (score >= 9.0) return CRITICAL;
        if (score >= 7.0) return HIGH;
        if (score >= 4.0) return MEDIUM;
        if (score > 0.0) return LOW;
        return NONE;
    }

    /** A rating word from a feed ({@code Critical}, {@code HIGH}, {@code moderate}); UNKNOWN when it is none of them. */
    public static SeverityLevel fromText(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "critical" -> CRITICAL;
            case "high", "important" -> HIGH;
            case "medium", "moderate" -> MEDIUM;
            case "low" -> LOW;
            case "none", "negligible" -> NONE;
            default -> UNKNOWN;
        };
    }

    /** Severity order for sorting: CRITICAL highest; UNKNOWN sorts between LOW and NONE. */
    public int rank() {
        return switch (this) {
            case CRITICAL -> 5;
            case HIGH -> 4;
            case MEDIUM -> 3;
            case LOW -> 2;
            case UNKNOWN -> 1;
            case NONE -> 0;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
