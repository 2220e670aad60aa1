package dev.craft.assess;

import dev.craft.assess.Assessment.KeyDate;
import dev.craft.assess.Assessment.RoleResult;
import dev.craft.assess.Assessment.RouteResult;
import dev.craft.assess.Assessment.RouteStatus;
import dev.craft.assess.profile.Profile;
import dev.craft.kb.KbDate;
import dev.craft.kb.Retention;
import dev.craft.kb.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The dates that matter for this product: the Regulation's milestones, support period, retention and per-update dates. */
final class KeyDateStage {

    private static final List<String> MILESTONES = List.of("entry_into_force", "chapter_iv_application", "reporting_application", "general_application");

    private KeyDateStage() {}

    static List<KeyDate> run(Session s, List<RoleResult> roles, List<RouteResult> routes, Timeline t) {
        var out = new ArrayList<KeyDate>();
        for (String id : MILESTONES) out.add(milestone(s.kb.date(id)));
        Set<String> sectors = s.profile.scope().sectorLegislation();
        if (sectors != null && (sectors.contains("radio_equipment_2014_53") || sectors.contains("machinery_2023_1230"))) {
            out.add(milestone(s.kb.date("legacy_certificates_end")));
        }
        Profile p = s.profile;
        if (t.placed() != null) {
            out.add(new KeyDate("product.placed_on_market", t.placed(), "Product first placed on the Union market", List.of("Art 3(21)"),
                    "market.placed_on_market"));
        }
        if (t.fullFrom() != null && !t.fullFrom().equals(t.placed())) {
            out.add(new KeyDate("product.full_application", t.fullFrom(), "From this date the CRA applies to the product in full "
                    + "(substantially modified version, or units placed from general application)", List.of("Art 69(2)"), "market"));
        }
        var held = EnumSet.noneOf(Role.class);
        for (RoleResult r : roles) held.add(r.role());
        boolean manufacturer = held.contains(Role.MANUFACTURER);
        if (manufacturer && t.supportEnd() != null) {
            out.add(new KeyDate("support.end", t.supportEnd(), "End of the declared support period (" + Timeline.months(t.supportMonths()) + ")",
                    List.of("Art 13(8)", "Art 13(19)"), "support.period_end / support.period_months"));
        }
        if (manufacturer && t.minimumEnd() != null) {
            out.add(new KeyDate("support.minimum_end", t.minimumEnd(), "Earliest end the support period may have (" + Timeline.months(t.minimumMonths())
                    + (t.minimumMonths() < 12L * s.kb.retention().supportPeriod().minimumYears() ? ", the expected time in use" : "") + ")",
                    List.of("Art 13(8) 3rd subpara"), "market.placed_on_market + minimum support period"));
        }
        boolean moduleB = routes.stream().anyMatch(r -> r.route().equals("module_b_c") && r.status() != RouteStatus.NOT_ALLOWED && r.status() != RouteStatus.NOT_AVAILABLE);
        for (Retention.Rule rule : s.kb.retention().rules()) {
            if (rule.roles().stream().noneMatch(held::contains)) continue;
            if (rule.onlyForRoute() != null && !(rule.onlyForRoute().equals("module_b_c") && moduleB)) continue;
            String suffix = rule.onlyForRoute() == null ? "" : " (if module B+C is used)";
            switch (rule.kind()) {
                case YEARS_AFTER_PLACING_OR_SUPPORT_END -> {
                    LocalDate until = t.retentionUntil(rule);
                    if (until != null) out.add(new KeyDate(rule.id(), until, "Keep until: " + rule.item() + suffix, Session.cites(rule.cite()),
                            rule.years() + " years after placing on the market (" + t.retentionBase() + ") or the end of the support period, whichever is later"));
                }
                case YEARS_AFTER_UPDATE_OR_SUPPORT_END -> {
                    for (Profile.SecurityUpdate u : p.support().securityUpdates()) {
                        if (u.issued() == null) continue;
                        out.add(new KeyDate(rule.id() + ":" + u.id(), t.yearsOrSupportEnd(u.issued(), rule.years()),
                                "Keep security update " + u.id() + " available until", Session.cites(rule.cite()),
                                "issued " + u.issued() + "; " + rule.years() + " years after issue or the rest of the support period, whichever is later"));
                    }
                }
                case YEARS_AFTER_SUPPLY -> {
                    LocalDate from = "received".equals(rule.supply()) ? p.supplyChain().lastReceived() : p.supplyChain().lastSupplied();
                    if (from != null) out.add(new KeyDate(rule.id(), from.plusYears(rule.years()), "Keep until: " + rule.item(), Session.cites(rule.cite()),
                            rule.years() + " years after the last supply on " + from));
                }
            }
        }
        out.sort(Comparator.comparing(KeyDate::date).thenComparing(KeyDate::id));
        return out;
    }

    private static KeyDate milestone(KbDate d) {
        return new KeyDate(d.id(), d.date(), d.label(), Session.cites(d.cite()), "Regulation (EU) 2024/2847");
    }
}
