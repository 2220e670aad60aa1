package dev.craft.kb.rules;

import java.util.Locale;

/** The types a fact can have, and therefore which tests a rule may apply to it. */
public enum FactType {
    BOOL, ENUM, ENUM_SET, DATE, INTEGER, COUNTRY;

    public static FactType parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    public String kbName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
