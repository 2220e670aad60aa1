package dev.craft.assess;

import dev.craft.assess.Assessment.Finding;
import dev.craft.assess.Assessment.RoleResult;
import dev.craft.assess.Assessment.RoleStatus;
import dev.craft.kb.FindingRule;
import dev.craft.kb.Role;
import dev.craft.kb.UnsettledPoint;
import dev.craft.kb.rules.FactValue;
import dev.craft.kb.rules.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings (findings.yaml: computed checks and plain conditions) and the unsettled points that concern this product. */
final class FindingStage {

    private FindingStage() {}

    static List<Finding> findings(Session s, List<RoleResult> roles, Timeline t, boolean outOfScope) {
        var out = new ArrayList<Finding>();
        boolean manufacturer = roles.stream().anyMatch(r -> r.role() == Role.MANUFACTURER && r.status() == RoleStatus.HOLDS);
        for (FindingRule rule : s.kb.findings()) {
            if (rule.when() != null) {
                Outcome o = s.eval(rule.when());
                if (o.isTrue()) out.add(new Finding(rule.id(), rule.severity(), rule.text(), Session.cites(rule.cite()), s.trace(rule.id(), rule.cite(), o)));
                continue;
            }
            if (outOfScope) continue;
            Map<String, String> values = switch (rule.check()) {
                case NO_ROLE -> roles.isEmpty() ? Map.of() : null;
                case SUPPORT_PERIOD_MISSING -> manufacturer && t.supportEnd() == null ? Map.of() : null;
                case SUPPORT_ENDED -> manufacturer && t.supportEnd() != null && t.supportEnd().isBefore(s.asOf)
                        ? Map.of("support_end", t.supportEnd().toString()) : null;
                case SUPPORT_PERIOD_BELOW_MINIMUM -> manufacturer ? belowMinimum(s, t) : null;
                case SUPPORT_PERIOD_BELOW_EXPECTED_USE -> manufacturer && t.supportMonths() != null && t.expectedUseMonths() != null
                        && t.supportMonths() >= t.minimumMonths() && t.supportMonths() < t.expectedUseMonths() ? periods(t) : null;
                case EXPECTED_USE_BELOW_MINIMUM -> manufacturer && t.expectedUseMonths() != null
                        && t.expectedUseMonths() < 12L * s.kb.retention().supportPeriod().minimumYears() ? periods(t) : null;
            };
            if (values == null) continue;
            out.add(new Finding(rule.id(), rule.severity(), fill(rule.text(), values), Session.cites(rule.cite()), supportTrace(s, rule, t)));
        }
        return out;
    }

    /** Declared support shorter than five years (or than the expected use when that is shorter). Asks when the expected use decides. */
    private static Map<String, String> belowMinimum(Session s, Timeline t) {
        if (t.supportMonths() == null) return null;
        long floor = 12L * s.kb.retention().supportPeriod().minimumYears();
        if (t.supportMonths() >= floor) return null;
        if (t.expectedUseMonths() == null) {
            s.ask("support.expected_use_years", "The declared support period (" + Timeline.months(t.supportMonths()) + ") is under five years, "
                    + "which Art 13(8) 3rd subpara allows only for a product expected to be in use for less time. For how many years is the "
                    + "product expected to be in use?", "$.support.expected_use_years", "support period (Art 13(8) 3rd subpara)", false);
            return null;
        }
        return t.supportMonths() < t.minimumMonths() ? periods(t) : null;
    }

    private static Map<String, String> periods(Timeline t) {
        var m = new LinkedHashMap<String, String>();
        m.put("declared", t.supportMonths() == null ? "not declared" : Timeline.months(t.supportMonths()));
        m.put("minimum", Timeline.months(t.minimumMonths()));
        m.put("expected_use", t.expectedUseMonths() == null ? "unknown" : Timeline.months(t.expectedUseMonths()));
        m.put("minimum_end", t.minimumEnd() == null ? "unknown" : t.minimumEnd().toString());
        return m;
    }

    private static String fill(String text, Map<String, String> values) {
        String out = text;
        for (var e : values.entrySet()) out = out.replace("{" + e.getKey() + "}", e.getValue());
        return out;
    }

    private static Assessment.Trace supportTrace(Session s, FindingRule rule, Timeline t) {
        var p = s.profile;
        var facts = new ArrayList<Assessment.FactUse>();
        facts.add(new Assessment.FactUse("market.placed_on_market", "$.market.placed_on_market", str(p.market().placedOnMarket())));
        if (p.support().periodEnd() != null) facts.add(new Assessment.FactUse("support.period_end", "$.support.period_end", str(p.support().periodEnd())));
        if (p.support().periodMonths() != null) facts.add(new Assessment.FactUse("support.period_months", "$.support.period_months", str(p.support().periodMonths())));
        facts.add(new Assessment.FactUse("support.expected_use_years", "$.support.expected_use_years", str(p.support().expectedUseYears())));
        return new Assessment.Trace(rule.id(), Session.cites(rule.cite()), facts, List.of());
    }

    private static String str(Object o) {
        return o == null ? FactValue.UNKNOWN.display() : o.toString();
    }

    static List<Assessment.Unsettled> unsettled(Session s) {
        var out = new ArrayList<Assessment.Unsettled>();
        for (UnsettledPoint u : s.kb.unsettled()) {
            if (s.eval(u.when()).isTrue()) {
                out.add(new Assessment.Unsettled(u.id(), u.topic(), u.text(), u.craftReading(), Session.cites(u.cite()), u.confidence()));
            }
        }
        return out;
    }
}
