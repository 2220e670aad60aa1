package dev.craft.vuln.output;

import java.util.Locale;

/** The output formats of a scan. */
public enum ScanFormat {
    /** For people: one block per finding, exploited first, then what could not be checked. */
    TABLE("table"),
    /** craft's own JSON (schema {@code craft-scan/1}, documented in docs/vulnerabilities.md). */
    JSON("json"),
    /** SARIF 2.1.0, for code-scanning dashboards. */
    SARIF("sarif"),
    /** A CycloneDX 1.6 vulnerability disclosure report (VDR), its affects pointing at the SBOM's bom-refs. */
    CYCLONEDX_VDR("cyclonedx-vdr"),
    /** One row per finding, for spreadsheets. */
    CSV("csv");

    private final String label;

    ScanFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ScanFormat of(String label) {
        for (ScanFormat f : values()) if (f.label.equals(label.toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown format '" + label + "' (table, json, sarif, cyclonedx-vdr, csv)");
    }

    @Override
    public String toString() {
        return label;
    }
}
