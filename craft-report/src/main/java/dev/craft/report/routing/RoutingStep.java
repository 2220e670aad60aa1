package dev.craft.report.routing;

import static java.util.Objects.requireNonNull;

import dev.craft.report.cases.MemberState;
import java.util.List;

/**
 * One step of the Art 14(7) routing as applied to a case: the law's question, the facts used, and the outcome.
 *
 * @param id       step id (see {@code art14-case-rules.yaml}, {@code routing})
 * @param cite     where the law asks it
 * @param question the question
 * @param outcome  what the facts gave
 * @param facts    the facts used, in words
 * @param result   the Member State decided at this step; null unless {@code outcome} is DECIDED
 * @param tied     the tied Member States when {@code outcome} is TIE
 */
public record RoutingStep(String id, String cite, String question, Outcome outcome, String facts, MemberState result,
                          List<MemberState> tied) {

    public RoutingStep {
        requireNonNull(id, "id must not be null");
        requireNonNull(outcome, "outcome must not be null");
        requireNonNull(facts, "facts must not be null");
        tied = tied == null ? List.of() : List.copyOf(tied);
        if ((outcome == Outcome.DECIDED) != (result != null)) {
            throw new IllegalArgumentException("a step has a result exactly when it decided");
        }
    }

    /** How a step ended. */
    public enum Outcome {
        /** This step decides the Member State. */
        DECIDED,
        /** A yes/no question that chooses the branch (main establishment or fallback). */
        ANSWERED,
        /** The question has no answer in this case ("cannot be determined", "there is none"): go to the next step. */
        NO_ANSWER,
        /** Not asked: an earlier step decided, or the branch does not apply. */
        NOT_APPLICABLE,
        /** The fact that decides this step is not recorded: routing stops here and names it. */
        MISSING_FACT,
        /** Two or more Member States tie: the law does not say which (open point routing-tie). */
        TIE
    }
}
