package dev.craft.report.routing;

import static java.util.Objects.requireNonNull;

import dev.craft.report.cases.MemberState;
import dev.craft.report.routing.RoutingStep.Outcome;
import dev.craft.report.rules.CaseRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Applies Art 14(7) to the recorded facts: main establishment (decisions, else employees), else the authorised
 * representative, importer, distributor, users fallback. Pure. It never guesses: a missing fact stops the routing
 * and is named; a tie stops it and lists the tied Member States.
 */
public final class CsirtRouter {

    private final CaseRules rules;

    public CsirtRouter(CaseRules rules) {
        this.rules = requireNonNull(rules, "rules must not be null");
    }

    public CsirtRouting route(RoutingFacts facts) {
        requireNonNull(facts, "facts must not be null");
        var run = new Run();
        Boolean inUnion = facts.establishedInUnion();
        if (inUnion == null && facts.establishments() != null && !facts.establishments().isEmpty()) inUnion = true;
        if (inUnion == null) {
            run.missing("established-in-union", "whether the manufacturer has an establishment in the Union");
            return run.finish();
        }
        run.step("established-in-union", Outcome.ANSWERED,
                inUnion ? "yes: it has a main establishment in the Union" : "no establishment in the Union", null, List.of());
        if (inUnion) {
            if (mainEstablishment(facts, run)) run.skip(List.of("authorised-representative", "importer", "distributor", "users"),
                    "not asked: the manufacturer has a main establishment in the Union");
        } else {
            run.skip(List.of("decisions", "employees"), "not asked: no establishment in the Union");
            fallback(facts, run);
        }
        return run.finish();
    }

    /** Steps of the 2nd subpara. True when the routing ended here (decided, missing or tied). */
    private boolean mainEstablishment(RoutingFacts facts, Run run) {
        if (facts.cybersecurityDecisionsIn() != null) {
            MemberState ms = facts.cybersecurityDecisionsIn();
            run.step("decisions", Outcome.DECIDED, "decisions are predominantly taken in " + ms.label(), ms, List.of());
            run.skip(List.of("employees"), "not asked: the decisions' location decided");
            return true;
        }
        if (!Boolean.FALSE.equals(facts.decisionsLocationDeterminable())) {
            run.missing("decisions", "the Member State where decisions on the products' cybersecurity are predominantly taken"
                    + " (or that it cannot be determined)");
            return true;
        }
        run.step("decisions", Outcome.NO_ANSWER, "recorded as not determinable", null, List.of());
        List<RoutingFacts.Establishment> est = facts.establishments();
        if (est == null || est.isEmpty()) {
            run.missing("employees", "the manufacturer's establishments in the Union with their numbers of employees");
            return true;
        }
        for (RoutingFacts.Establishment e : est) {
            if (e.employees() == null) {
                run.missing("employees", "the number of employees of the establishment in " + e.memberState().label());
                return true;
            }
        }
        pickMax("employees", est, e -> e.employees(), RoutingFacts.Establishment::memberState,
                e -> e.memberState().label() + ": " + e.employees() + " employees", run);
        return true;
    }

    /** Points (a) to (d) of the 3rd subpara. */
    private void fallback(RoutingFacts facts, Run run) {
        if (operatorStep("authorised-representative", "authorised representatives acting for the manufacturer (or that there are none)",
                facts.authorisedRepresentatives(), "products it acts for", run)) return;
        if (operatorStep("importer", "importers placing the manufacturer's products on the market (or that there are none)",
                facts.importers(), "products it places on the market", run)) return;
        if (operatorStep("distributor", "distributors making the manufacturer's products available (or that there are none)",
                facts.distributors(), "products it makes available", run)) return;
        usersStep(facts, run);
    }

    private boolean operatorStep(String id, String missingFact, List<RoutingFacts.Operator> operators, String counted, Run run) {
        if (operators == null) {
            run.missing(id, missingFact);
            return true;
        }
        if (operators.isEmpty()) {
            run.step(id, Outcome.NO_ANSWER, "none", null, List.of());
            return false;
        }
        for (RoutingFacts.Operator o : operators) {
            if (o.productCount() == null) {
                run.missing(id, "the number of " + counted + " for " + o.name() + " (" + o.memberState().label() + ")");
                return true;
            }
        }
        pickMax(id, operators, o -> o.productCount(), RoutingFacts.Operator::memberState,
                o -> o.name() + " in " + o.memberState().label() + ": " + o.productCount() + " " + counted, run);
        return true;
    }

    private void usersStep(RoutingFacts facts, Run run) {
        Map<MemberState, Long> users = facts.usersByMemberState();
        MemberState earlier = facts.earlierUsersRouting();
        if (earlier != null) {
            run.step("users", Outcome.DECIDED, "earlier notifications under point (d) went to " + earlier.label()
                    + "; later notifications may go to the same CSIRT", earlier, List.of());
            return;
        }
        if (users == null || users.isEmpty()) {
            run.missing("users", "the number of users of the manufacturer's products per Member State");
            return;
        }
        pickMax("users", List.copyOf(users.entrySet()), Map.Entry::getValue, Map.Entry::getKey,
                e -> e.getKey().label() + ": " + e.getValue() + " users", run);
    }

    private static <T> void pickMax(String id, List<T> items, ToLongFunction<T> count,
                                    java.util.function.Function<T, MemberState> where,
                                    java.util.function.Function<T, String> describe, Run run) {
        long max = items.stream().mapToLong(count).max().orElseThrow();
        Set<MemberState> top = EnumSet.noneOf(MemberState.class);
        for (T t : items) if (count.applyAsLong(t) == max) top.add(where.apply(t));
        String facts = String.join("; ", items.stream().map(describe).toList());
        if (top.size() == 1) {
            run.step(id, Outcome.DECIDED, facts, top.iterator().next(), List.of());
        } else {
            run.step(id, Outcome.TIE, facts, null, List.copyOf(top));
        }
    }

    /** Collects the steps of one routing. */
    private final class Run {
        private final List<RoutingStep> steps = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();

        void step(String id, Outcome outcome, String facts, MemberState result, List<MemberState> tied) {
            CaseRules.RoutingQuestion q = rules.routingQuestion(id);
            steps.add(new RoutingStep(id, q.cite(), q.question(), outcome, facts, result, tied));
        }

        void missing(String id, String fact) {
            missing.add(fact);
            step(id, Outcome.MISSING_FACT, "not recorded: " + fact, null, List.of());
        }

        void skip(List<String> ids, String why) {
            for (String id : ids) step(id, Outcome.NOT_APPLICABLE, why, null, List.of());
        }

        CsirtRouting finish() {
            // Steps after the one that ended the routing were not reached; list them so the path is complete.
            var asked = steps.stream().map(RoutingStep::id).toList();
            for (CaseRules.RoutingQuestion q : rules.routing()) {
                if (!asked.contains(q.id())) steps.add(new RoutingStep(q.id(), q.cite(), q.question(), Outcome.NOT_APPLICABLE,
                        "not reached", null, List.of()));
            }
            steps.sort(java.util.Comparator.comparingInt(s -> rules.routing().indexOf(rules.routingQuestion(s.id()))));
            RoutingStep decided = steps.stream().filter(s -> s.outcome() == Outcome.DECIDED).findFirst().orElse(null);
            RoutingStep tie = steps.stream().filter(s -> s.outcome() == Outcome.TIE).findFirst().orElse(null);
            String summary;
            if (decided != null) {
                summary = "Coordinator CSIRT of " + decided.result().label() + " (" + decided.cite() + ": " + decided.facts() + ").";
            } else if (tie != null) {
                summary = "Undecided: " + tie.tied().stream().map(MemberState::label).toList() + " tie at " + tie.cite()
                        + "; the law does not break ties: record a choice with a reason.";
            } else {
                summary = "Undecided: record " + String.join("; ", missing) + ".";
            }
            return new CsirtRouting(decided == null ? null : decided.result(), decided == null ? null : decided.id(),
                    steps, missing, summary);
        }
    }
}
