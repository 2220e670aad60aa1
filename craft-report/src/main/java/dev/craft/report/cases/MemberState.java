package dev.craft.report.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 27 Member States of the Union, by ISO 3166-1 alpha-2 code (Greece as {@code GR}; {@code EL}, the code EU
 * institutions use, is accepted on input). Art 14 routes reports to the coordinator CSIRT of one of them and lists
 * those where the product was made available.
 */
public enum MemberState {
    AT("Austria"), BE("Belgium"), BG("Bulgaria"), HR("Croatia"), CY("Cyprus"), CZ("Czechia"), DK("Denmark"),
    EE("Estonia"), FI("Finland"), FR("France"), DE("Germany"), GR("Greece"), HU("Hungary"), IE("Ireland"),
    IT("Italy"), LV("Latvia"), LT("Lithuania"), LU("Luxembourg"), MT("Malta"), NL("Netherlands"), PL("Poland"),
    PT("Portugal"), RO("Romania"), SK("Slovakia"), SI("Slovenia"), ES("Spain"), SE("Sweden");

    private final String englishName;

    MemberState(String englishName) {
        this.englishName = englishName;
    }

    public String englishName() {
        return englishName;
    }

    /** "Germany (DE)". */
    public String label() {
        return englishName + " (" + name() + ")";
    }

    /** For JSON input: the ISO code, case-insensitive, {@code EL} accepted for Greece. */
    @JsonCreator
    public static MemberState fromJson(String code) {
        return tryParse(code).orElseThrow(() -> new IllegalArgumentException("'" + code
                + "' is not the ISO 3166 code of a Member State of the Union; expected one of " + Arrays.toString(values())));
    }

    /** The Member State for an ISO code (case-insensitive; {@code EL} for Greece), or empty. */
    public static Optional<MemberState> tryParse(String code) {
        if (code == null) return Optional.empty();
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.equals("EL")) return Optional.of(GR);
        for (MemberState m : values()) {
            if (m.name().equals(c)) return Optional.of(m);
        }
        return Optional.empty();
    }
}
