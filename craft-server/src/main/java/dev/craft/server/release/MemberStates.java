package dev.craft.server.release;

import dev.craft.server.api.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The EU member states a release is made available in, as ISO 3166-1 alpha-2 codes. Art 14(2)(a) asks
 * the early warning to name them. Greece is {@code GR} in ISO and {@code EL} in EU usage: both are
 * accepted and stored as {@code GR}. EEA states (IS, LI, NO) are not accepted: whether and from when
 * the CRA applies there depends on its incorporation into the EEA Agreement, which craft does not track.
 */
public final class MemberStates {

    static final Set<String> EU27 = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private MemberStates() {}

    /** Validated, upper-cased, de-duplicated and sorted. */
    public static List<String> normalize(List<String> codes) {
        if (codes == null) return List.of();
        var out = new TreeSet<String>();
        for (String code : codes) {
            String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (c.equals("EL")) c = "GR";
            if (!EU27.contains(c)) {
                throw ApiException.invalid("'" + code + "' is not an EU member state code (expected ISO 3166-1 alpha-2 such as DE, FR, GR or EL)");
            }
            out.add(c);
        }
        return List.copyOf(out);
    }
}
