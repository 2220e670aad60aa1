package dev.craft.assess;

import dev.craft.assess.Assessment.ObligationResult;
import dev.craft.assess.Assessment.ObligationStatus;
import dev.craft.assess.Assessment.RoleResult;
import dev.craft.assess.Assessment.RoleStatus;
import dev.craft.kb.Obligation;
import dev.craft.kb.Penalties;
import dev.craft.kb.Retention;
import dev.craft.kb.Role;
import dev.craft.kb.rules.Condition;
import dev.craft.kb.rules.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The obligations catalogue applied to the roles held: whether each obligation applies to this product
 * (e.g. Art 69(2) for products placed before 2027-12-11), whether it is in force at the as-of date, its due
 * date rendered from the product's timeline, and its penalty tiers with the Art 64(10) exemptions.
 */
final class ObligationStage {

    private ObligationStage() {}

    static List<ObligationResult> run(Session s, List<RoleResult> roles, Timeline t, boolean scopeUndecided) {
        var out = new ArrayList<ObligationResult>();
        for (RoleResult held : roles) {
            for (Obligation ob : s.kb.obligations()) {
                if (ob.roles().contains(held.role())) out.add(apply(s, ob, held, t, scopeUndecided));
            }
        }
        return out;
    }

    private static ObligationResult apply(Session s, Obligation ob, RoleResult held, Timeline t, boolean scopeUndecided) {
        Outcome applies = s.eval(ob.appliesWhen());
        var notes = new java.util.LinkedHashSet<String>();
        ObligationStatus status;
        switch (applies.truth()) {
            case FALSE -> {
                status = ObligationStatus.NOT_APPLICABLE;
                notes.add("Does not apply to this product: " + condition(s, ob.appliesWhen()));
            }
            case UNKNOWN -> {
                status = ObligationStatus.UNDECIDED;
                notes.add("Applies only if: " + condition(s, ob.appliesWhen()));
                s.ask(applies, "which obligations apply (" + ruleCites(s, ob.appliesWhen()) + ")", false);
            }
            default -> status = ob.appliesFromDate().isAfter(s.asOf) ? ObligationStatus.NOT_YET_IN_FORCE : ObligationStatus.IN_FORCE;
        }
        if (held.status() == RoleStatus.UNDECIDED && status != ObligationStatus.NOT_APPLICABLE) {
            status = ObligationStatus.UNDECIDED;
            notes.add("Applies if the company is " + held.role().label() + " (role undecided).");
        }
        if (scopeUndecided && status != ObligationStatus.NOT_APPLICABLE) {
            status = ObligationStatus.UNDECIDED;
            notes.add("Applies if the product is in scope (scope undecided).");
        }
        if (held.role() == Role.MANUFACTURER && held.obligationsScope() != null) notes.add(held.obligationsScope());

        var due = due(s, ob, t);
        var penalties = penalties(s, ob, held.role(), notes);
        return new ObligationResult(ob.id(), held.role(), Session.cites(ob.cite()), ob.duty(), status, ob.appliesFromDate(), due.text,
                due.date, ob.evidence(), penalties, notes.isEmpty() ? null : String.join(" ", notes), s.trace(ob.id(), ob.cite(), applies));
    }

    private record Due(String text, LocalDate date) {}

    private static Due due(Session s, Obligation ob, Timeline t) {
        String text = ob.due().text();
        return switch (ob.due().kind()) {
            case BEFORE_PLACING -> {
                LocalDate d = t.fullFrom() != null ? t.fullFrom() : t.placed();
                String base = text != null ? text : "before placing on the market";
                if (d == null) yield new Due(base, null);
                boolean units = t.fullFrom() != null && t.placed() != null && t.fullFrom().isAfter(t.placed())
                        && !java.util.Objects.equals(t.fullFrom(), s.profile.market().substantialModification().date());
                yield new Due(base + (units ? " (each unit placed from " + d + ")" : " (placing on " + d + ")"), d);
            }
            case SUPPORT_PERIOD -> {
                if (t.supportEnd() != null) yield new Due("throughout the support period, until " + t.supportEnd(), t.supportEnd());
                if (t.minimumEnd() != null) yield new Due("throughout the support period (not declared; at least until " + t.minimumEnd() + ")", t.minimumEnd());
                yield new Due("throughout the support period", null);
            }
            case CONTINUOUS -> new Due(text != null ? text : "continuously while the product is made available", null);
            case EVENT -> new Due(text, null);
            case ON_REQUEST -> new Due(text != null ? text : "on a reasoned request of a market surveillance authority", null);
            case RETENTION -> retention(s, s.kb.retention().rule(ob.due().retention()), t);
            case PER_UPDATE -> {
                Retention.Rule rule = s.kb.retention().rule(ob.due().retention());
                yield new Due("each security update: " + rule.years() + " years after its issue or the rest of the support period, "
                        + "whichever is longer (dates per update under key dates)", null);
            }
        };
    }

    private static Due retention(Session s, Retention.Rule rule, Timeline t) {
        if (rule.kind() == Retention.Kind.YEARS_AFTER_SUPPLY) {
            var received = s.profile.supplyChain().lastReceived();
            var supplied = s.profile.supplyChain().lastSupplied();
            String text = "keep " + rule.years() + " years after being supplied" + (received == null ? "" : " (until " + received.plusYears(rule.years()) + ")")
                    + " and " + rule.years() + " years after supplying" + (supplied == null ? "" : " (until " + supplied.plusYears(rule.years()) + ")");
            LocalDate latest = latest(received == null ? null : received.plusYears(rule.years()), supplied == null ? null : supplied.plusYears(rule.years()));
            return new Due(text, latest);
        }
        LocalDate until = t.retentionUntil(rule);
        String rule10 = rule.years() + " years after placing on the market or the support period, whichever is longer";
        if (until == null) return new Due("keep for " + rule10 + " (placing date not given)", null);
        String supportNote = t.supportEnd() == null ? "; later if the support period ends later" : "";
        return new Due("keep until at least " + until + " (" + rule10 + supportNote + ")", until);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private static List<Assessment.PenaltyRef> penalties(Session s, Obligation ob, Role role, java.util.Set<String> notes) {
        var out = new ArrayList<Assessment.PenaltyRef>();
        boolean exemptAll = false;
        for (Penalties.Exemption e : s.kb.penalties().exemptions()) {
            if (e.roles().contains(role)) {
                exemptAll = true;
                notes.add(e.text() + " (" + e.cite() + ")");
            }
        }
        for (Obligation.PenaltyRef ref : ob.penalties()) {
            Penalties.Tier tier = s.kb.penalties().tier(ref.tier());
            boolean exempt = exemptAll;
            for (Penalties.Exemption e : s.kb.penalties().exemptions()) {
                if (e.obligations().contains(ob.id()) && e.when() != null && s.eval(e.when()).isTrue()) {
                    exempt = true;
                    notes.add(e.text() + " (" + e.cite() + ")");
                }
            }
            out.add(new Assessment.PenaltyRef(tier.id(), tier.cite().text(), ref.via(), tier.maxEur(), tier.maxTurnoverPercent(), exempt));
        }
        return out;
    }

    /** The condition in words: a predicate's description, or a generic phrase. */
    private static String condition(Session s, Condition c) {
        if (c instanceof Condition.RuleRef ref) {
            var p = s.kb.predicateRule(ref.predicate());
            return p.description() + " (" + String.join(", ", Session.cites(p.cite())) + ")";
        }
        return "the obligation's condition in obligations.yaml";
    }

    private static String ruleCites(Session s, Condition c) {
        if (c instanceof Condition.RuleRef ref) return String.join(", ", Session.cites(s.kb.predicateRule(ref.predicate()).cite()));
        return "obligations.yaml";
    }
}
