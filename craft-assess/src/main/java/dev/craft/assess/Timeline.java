package dev.craft.assess;

import dev.craft.assess.profile.Profile;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.Retention;
import java.time.LocalDate;
import java.time.Period;

/**
 * The product's own dates, computed once: placing on the market, the date from which the CRA applies to it in
 * full, the declared and the minimum support period, and the date retention periods count from.
 *
 * @param placed            first placing on the Union market (profile), or null
 * @param fullFrom          first date on which units fall under the Regulation in full (placed on or after
 *                          general application, substantially modified from then, or new hardware units from then); null for a legacy product or when unknown
 * @param supportEnd        declared end of the support period, or null
 * @param supportMonths     declared support period in months, or null
 * @param expectedUseMonths expected time in use in months, or null
 * @param minimumMonths     the minimum support period in months (five years, or the expected use when shorter)
 * @param minimumEnd        the end of the minimum support period counted from {@code retentionBase}, or null
 * @param retentionBase     the placing date that retention periods count from (the later of the full-application
 *                          placing and the last unit placed), or null
 */
record Timeline(LocalDate placed, LocalDate fullFrom, LocalDate supportEnd, Long supportMonths, Long expectedUseMonths,
        long minimumMonths, LocalDate minimumEnd, LocalDate retentionBase) {

    static Timeline of(Profile p, KnowledgeBase kb) {
        LocalDate general = kb.date("general_application").date();
        LocalDate placed = p.market().placedOnMarket();
        var mod = p.market().substantialModification();
        LocalDate fullFrom = null;
        if (placed != null && !placed.isBefore(general)) fullFrom = placed;
        else if (Boolean.TRUE.equals(mod.made()) && mod.date() != null && !mod.date().isBefore(general)) fullFrom = mod.date();
        else if (Boolean.TRUE.equals(p.market().newUnitsFromGeneralApplication()) && isHardware(p)) fullFrom = general;

        LocalDate start = fullFrom != null ? fullFrom : placed;
        LocalDate supportEnd = p.support().periodEnd();
        Long supportMonths = p.support().periodMonths();
        if (supportEnd == null && supportMonths != null && start != null) supportEnd = start.plusMonths(supportMonths);
        if (supportMonths == null && supportEnd != null && start != null) supportMonths = Period.between(start, supportEnd).toTotalMonths();

        Long expected = p.support().expectedUseYears() == null ? null : Math.round(p.support().expectedUseYears() * 12);
        long floor = 12L * kb.retention().supportPeriod().minimumYears();
        long minimum = expected != null && expected < floor ? expected : floor;
        LocalDate minimumEnd = start == null ? null : start.plusMonths(minimum);

        LocalDate base = start;
        LocalDate lastUnit = p.market().lastUnitPlaced();
        if (base != null && lastUnit != null && lastUnit.isAfter(base)) base = lastUnit;
        return new Timeline(placed, fullFrom, supportEnd, supportMonths, expected, minimum, minimumEnd, base);
    }

    static boolean isHardware(Profile p) {
        String kind = p.product().kind();
        return "hardware_device".equals(kind) || "hardware_component".equals(kind);
    }

    /** The later of {@code years} after {@code from} and the declared support end (whichever is longer). */
    LocalDate yearsOrSupportEnd(LocalDate from, int years) {
        if (from == null) return null;
        LocalDate d = from.plusYears(years);
        return supportEnd != null && supportEnd.isAfter(d) ? supportEnd : d;
    }

    /** The keep-until date of a retention rule that counts from placing on the market. */
    LocalDate retentionUntil(Retention.Rule rule) {
        return yearsOrSupportEnd(retentionBase, rule.years());
    }

    /** Human-readable length, e.g. "5 years", "2 years 6 months", "18 months". */
    static String months(long m) {
        long y = m / 12;
        long r = m % 12;
        if (y == 0) return r + (r == 1 ? " month" : " months");
        String years = y + (y == 1 ? " year" : " years");
        return r == 0 ? years : years + " " + r + (r == 1 ? " month" : " months");
    }
}
