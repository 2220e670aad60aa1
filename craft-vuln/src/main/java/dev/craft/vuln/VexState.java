package dev.craft.vuln;

/**
 * The VEX status of a vulnerability in a product or component; the four states of CISA's minimum VEX requirements
 * as OpenVEX names them. CycloneDX {@code analysis.state} and CSAF {@code product_status} map onto them.
 */
public enum VexState {
    NOT_AFFECTED, AFFECTED, FIXED, UNDER_INVESTIGATION;

    /** True when the statement takes the finding out of the gate ({@code --fail-on}). */
    public boolean suppresses() {
        return this == NOT_AFFECTED || this == FIXED;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
