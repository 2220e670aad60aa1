package dev.craft.report.routing;

import dev.craft.report.cases.MemberState;
import java.util.List;
import java.util.Optional;

/**
 * Where Art 14(7) sends the reports: the Member State whose CSIRT designated as coordinator receives them (and
 * makes them simultaneously accessible to ENISA), with every step taken.
 *
 * @param memberState  the Member State decided; null when a fact is missing or Member States tie
 * @param decidedAt    the id of the deciding step; null when undecided
 * @param steps        every step, in the law's order
 * @param missingFacts the facts to record before the routing can decide (empty when decided or tied)
 * @param summary      one sentence
 */
public record CsirtRouting(MemberState memberState, String decidedAt, List<RoutingStep> steps, List<String> missingFacts,
                           String summary) {

    public CsirtRouting {
        steps = List.copyOf(steps);
        missingFacts = List.copyOf(missingFacts);
    }

    public Optional<MemberState> decision() {
        return Optional.ofNullable(memberState);
    }

    /** The step that decided, if any. */
    public Optional<RoutingStep> decidingStep() {
        return steps.stream().filter(s -> s.outcome() == RoutingStep.Outcome.DECIDED).findFirst();
    }

    /** The tie that stopped the routing, if any. */
    public Optional<RoutingStep> tie() {
        return steps.stream().filter(s -> s.outcome() == RoutingStep.Outcome.TIE).findFirst();
    }
}
