package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import dev.craft.kb.yaml.StrictNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsers of penalties, obligations, retention, reporting, findings and unsettled points. */
final class CatalogueSections {

    private static final Set<String> UNSETTLED_CONFIDENCE = Set.of("1", "unconfirmed");

    private CatalogueSections() {}

    static Penalties penalties(StrictNode root, LoadContext ctx) {
        var tiers = new ArrayList<Penalties.Tier>();
        var seen = new HashSet<String>();
        for (StrictNode t : LoadContext.list(root, "tiers")) {
            String id = LoadContext.localId(t, seen);
            Citation cite = LoadContext.cite(t.field("cite"));
            Long eur = t.field("max_eur").integer();
            Double pct = t.field("max_turnover_percent").number();
            String covers = t.field("covers").requiredText();
            t.finish();
            if (eur == null || pct == null) t.problem("missing max_eur or max_turnover_percent", "both amounts");
            else if (id != null && cite != null) tiers.add(new Penalties.Tier(id, cite, eur, pct, covers));
        }
        var exemptions = new ArrayList<Penalties.Exemption>();
        for (StrictNode e : LoadContext.list(root, "exemptions")) {
            String id = ctx.ruleId(e);
            Citation cite = LoadContext.cite(e.field("cite"));
            StrictNode w = e.field("when");
            Condition when = w.present() ? ctx.condition(w) : null;
            List<String> obligations = LoadContext.textsOrEmpty(e.field("obligations"));
            var roles = new LinkedHashSet<Role>();
            for (String r : LoadContext.textsOrEmpty(e.field("roles"))) {
                try {
                    roles.add(Role.fromKb(r));
                } catch (IllegalArgumentException ex) {
                    e.field("roles").problem("unknown role '" + r + "'", "a role id");
                }
            }
            String text = e.field("text").requiredText();
            e.finish();
            if (obligations.isEmpty() == roles.isEmpty()) e.problem("an exemption names either obligations or roles", "obligations: [...] or roles: [...]");
            if (id != null && cite != null) exemptions.add(new Penalties.Exemption(id, cite, when, obligations, roles, text));
        }
        root.finish();
        return new Penalties(tiers, exemptions);
    }

    static List<Obligation> obligations(StrictNode root, LoadContext ctx, Map<String, LocalDate> dates) {
        var out = new ArrayList<Obligation>();
        for (StrictNode o : LoadContext.list(root, "obligations")) {
            String id = ctx.ruleId(o);
            Set<Role> roles = LoadContext.roles(o.field("role"));
            List<Citation> cite = LoadContext.cites(o.field("cite"));
            String duty = o.field("duty").requiredText();
            Condition appliesWhen = ctx.conditionOrTrue(o.field("applies_when"));
            String appliesFrom = o.field("applies_from").requiredText();
            LocalDate from = appliesFrom == null ? null : dates.get(appliesFrom);
            if (appliesFrom != null && from == null) o.field("applies_from").problem("unknown date '" + appliesFrom + "'", "an id of dates.yaml");
            Obligation.Due due = due(o.field("due"));
            List<String> evidence = LoadContext.textsOrEmpty(o.field("evidence"));
            if (evidence.isEmpty()) o.field("evidence").problem("missing", "the evidence a company keeps");
            var penalties = new ArrayList<Obligation.PenaltyRef>();
            List<StrictNode> ps = o.field("penalties").items();
            if (ps == null) o.field("penalties").problem("missing", "a list of {tier, via} (empty only for stewards, Art 64(10)(b))");
            else for (StrictNode p : ps) {
                penalties.add(new Obligation.PenaltyRef(p.field("tier").requiredText(), p.field("via").requiredText()));
                p.finish();
            }
            o.finish();
            if (id != null && appliesWhen != null && from != null && due != null) {
                out.add(new Obligation(id, roles, cite, duty, appliesWhen, appliesFrom, from, due, evidence, penalties));
            }
        }
        root.finish();
        return out;
    }

    private static Obligation.Due due(StrictNode d) {
        if (!d.requireMapping()) return null;
        Obligation.DueKind kind = LoadContext.enumValue(d.field("kind"), Obligation.DueKind.class, Obligation.DueKind::fromKb);
        String text = d.field("text").text();
        String retention = d.field("retention").text();
        d.finish();
        if (kind == null) return null;
        boolean needsRetention = kind == Obligation.DueKind.RETENTION || kind == Obligation.DueKind.PER_UPDATE;
        if (needsRetention != (retention != null)) {
            d.problem(needsRetention ? "retention rule missing" : "retention only applies to kinds retention and per_update",
                    needsRetention ? "retention: an id of retention.yaml" : "no retention field");
        }
        if (kind == Obligation.DueKind.EVENT && text == null) d.field("text").problem("missing", "when the event-driven duty is due");
        return new Obligation.Due(kind, text, retention);
    }

    static Retention retention(StrictNode root, LoadContext ctx) {
        StrictNode sp = root.field("support_period");
        sp.requireMapping();
        String spId = ctx.ruleId(sp);
        Long minimum = sp.field("minimum_years").integer();
        var supportPeriod = new Retention.SupportPeriod(spId, LoadContext.cites(sp.field("cite")),
                minimum == null ? 0 : minimum.intValue(), sp.field("text").requiredText());
        if (minimum == null) sp.field("minimum_years").problem("missing", "a whole number of years");
        sp.finish();
        var rules = new ArrayList<Retention.Rule>();
        for (StrictNode r : LoadContext.list(root, "rules")) {
            String id = ctx.ruleId(r);
            String item = r.field("item").requiredText();
            Set<Role> roles = LoadContext.roles(r.field("role"));
            List<Citation> cite = LoadContext.cites(r.field("cite"));
            Retention.Kind kind = LoadContext.enumValue(r.field("kind"), Retention.Kind.class, Retention.Kind::fromKb);
            Long years = r.field("years").integer();
            String supply = r.field("supply").text();
            String onlyForRoute = r.field("only_for_route").text();
            r.finish();
            if (kind == Retention.Kind.YEARS_AFTER_SUPPLY && !("received".equals(supply) || "supplied".equals(supply))) {
                r.field("supply").problem("missing or wrong", "received or supplied");
            }
            if (years == null || years < 1) r.field("years").problem("missing", "a positive number of years");
            else if (id != null && kind != null) rules.add(new Retention.Rule(id, item, roles, cite, kind, years.intValue(), supply, onlyForRoute));
        }
        root.finish();
        return new Retention(supportPeriod, rules);
    }

    static Reporting reporting(StrictNode root) {
        Reporting.Statement recipients = statement(root.field("recipients"), null);
        var notReportingRoles = new LinkedHashSet<Role>();
        Reporting.Statement notReporting = statement(root.field("not_reporting_roles"), notReportingRoles);
        var steps = new ArrayList<Reporting.CsirtStep>();
        var seen = new HashSet<String>();
        for (StrictNode s : LoadContext.list(root, "csirt_routing")) {
            String id = LoadContext.localId(s, seen);
            Reporting.Method method = LoadContext.enumValue(s.field("method"), Reporting.Method.class, Reporting.Method::fromKb);
            List<Citation> cite = LoadContext.cites(s.field("cite"));
            String text = s.field("text").requiredText();
            s.finish();
            if (id != null && method != null) steps.add(new Reporting.CsirtStep(id, method, cite, text));
        }
        root.finish();
        return new Reporting(recipients, notReporting, notReportingRoles, steps);
    }

    private static Reporting.Statement statement(StrictNode node, Set<Role> roles) {
        node.requireMapping();
        List<Citation> cite = LoadContext.cites(node.field("cite"));
        String text = node.field("text").requiredText();
        if (roles != null) {
            for (String r : LoadContext.textsOrEmpty(node.field("roles"))) {
                try {
                    roles.add(Role.fromKb(r));
                } catch (IllegalArgumentException e) {
                    node.field("roles").problem("unknown role '" + r + "'", "a role id");
                }
            }
        }
        node.finish();
        return new Reporting.Statement(cite, text);
    }

    static List<FindingRule> findings(StrictNode root, LoadContext ctx) {
        var out = new ArrayList<FindingRule>();
        for (StrictNode f : LoadContext.list(root, "findings")) {
            String id = ctx.ruleId(f);
            FindingRule.Check check = f.field("check").present()
                    ? LoadContext.enumValue(f.field("check"), FindingRule.Check.class, FindingRule.Check::fromKb) : null;
            Condition when = f.field("when").present() ? ctx.condition(f.field("when")) : null;
            if ((check == null) == (when == null)) f.problem("a finding needs exactly one of check and when", "check: NAME or when: CONDITION");
            FindingRule.Severity severity = LoadContext.enumValue(f.field("severity"), FindingRule.Severity.class, FindingRule.Severity::fromKb);
            List<Citation> cite = LoadContext.cites(f.field("cite"));
            String text = f.field("text").requiredText();
            f.finish();
            if (id != null && severity != null) out.add(new FindingRule(id, check, when, severity, cite, text));
        }
        root.finish();
        return out;
    }

    static List<UnsettledPoint> unsettled(StrictNode root, LoadContext ctx) {
        var out = new ArrayList<UnsettledPoint>();
        for (StrictNode u : LoadContext.list(root, "unsettled")) {
            String id = ctx.ruleId(u);
            String topic = u.field("topic").requiredText();
            List<Citation> cite = LoadContext.cites(u.field("cite"));
            String confidence = u.field("confidence").requiredText();
            if (confidence != null && !UNSETTLED_CONFIDENCE.contains(confidence)) {
                u.field("confidence").problem("'" + confidence + "' is not a confidence tag of an open point", "one of " + UNSETTLED_CONFIDENCE);
            }
            Condition when = ctx.condition(u.field("when"));
            String text = u.field("text").requiredText();
            String reading = u.field("craft_reading").requiredText();
            u.finish();
            if (id != null && when != null) out.add(new UnsettledPoint(id, topic, cite, confidence, when, text, reading));
        }
        root.finish();
        return out;
    }
}
