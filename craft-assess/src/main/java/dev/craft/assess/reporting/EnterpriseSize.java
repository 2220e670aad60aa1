package dev.craft.assess.reporting;

/** Enterprise size per Recommendation 2003/361/EC (Art 3(19)), as far as Art 64(10)(a) needs it. */
public enum EnterpriseSize {
    MICRO, SMALL, MEDIUM, LARGE, UNKNOWN;

    /** The knowledge base's spelling. */
    public String kbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
