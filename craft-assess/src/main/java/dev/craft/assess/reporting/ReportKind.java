package dev.craft.assess.reporting;

/** The two Art 14 tracks. */
public enum ReportKind {
    /** An actively exploited vulnerability contained in the product (Art 14(1)). */
    VULNERABILITY("vulnerability"),
    /** A severe incident having an impact on the security of the product (Art 14(3)). */
    INCIDENT("incident");

    private final String kbKind;

    ReportKind(String kbKind) {
        this.kbKind = kbKind;
    }

    /** The track's id in the knowledge base. */
    public String kbKind() {
        return kbKind;
    }
}
