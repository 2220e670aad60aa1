package dev.craft.kb;

import java.util.Locale;

/** The product classes of Art 6 to 8, in rising order of scrutiny, plus UNDECIDED for the assessment. */
public enum ProductClass {
    DEFAULT("default class"),
    IMPORTANT_CLASS_I("important product, Class I (Annex III)"),
    IMPORTANT_CLASS_II("important product, Class II (Annex III)"),
    CRITICAL("critical product (Annex IV)"),
    UNDECIDED("undecided");

    private final String label;

    ProductClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String kbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProductClass fromKb(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** True when this class asks more scrutiny than {@code other} (UNDECIDED is never higher). */
    public boolean higherThan(ProductClass other) {
        return this != UNDECIDED && other != UNDECIDED && ordinal() > other.ordinal();
    }
}
