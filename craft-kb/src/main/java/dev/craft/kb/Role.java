package dev.craft.kb;

import java.util.Locale;

/** The roles the CRA gives an organisation for a product (economic operators, Art 3(12), and stewards). */
public enum Role {
    MANUFACTURER, AUTHORISED_REPRESENTATIVE, IMPORTER, DISTRIBUTOR, OPEN_SOURCE_STEWARD;

    /** The knowledge base's spelling ({@code open_source_steward}). */
    public String kbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case MANUFACTURER -> "manufacturer";
            case AUTHORISED_REPRESENTATIVE -> "authorised representative";
            case IMPORTER -> "importer";
            case DISTRIBUTOR -> "distributor";
            case OPEN_SOURCE_STEWARD -> "open-source software steward";
        };
    }

    /** Economic operators in the sense of Art 3(12); a steward is not one. */
    public boolean economicOperator() {
        return this != OPEN_SOURCE_STEWARD;
    }

    public static Role fromKb(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
