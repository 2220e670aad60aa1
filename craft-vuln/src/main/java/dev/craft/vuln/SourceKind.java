package dev.craft.vuln;

/** What a store source holds. */
public enum SourceKind {
    /** OSV advisories (osv.dev exports, GHSA, PyPA, Go, RustSec, ...). */
    OSV,
    /** The CISA Known Exploited Vulnerabilities catalogue. */
    KEV,
    /** FIRST EPSS scores. */
    EPSS,
    /** The ENISA EUVD list of exploited vulnerabilities. */
    EUVD
}
