package dev.craft.sbom.quality;

import java.util.List;

/**
 * The outcome of one profile on one SBOM.
 *
 * @param profile  the profile
 * @param outcomes per rule: how many subjects it applied to and how many failed
 * @param findings every failure, in rule then document order
 * @param score    0 to 100: the weighted share of passed checks (MUST 3, SHOULD 2, MAY 1; a component rule
 *                 counts by its pass ratio)
 */
public record ProfileResult(Profile profile, List<RuleOutcome> outcomes, List<Finding> findings, double score) {

    public ProfileResult {
        outcomes = List.copyOf(outcomes);
        findings = List.copyOf(findings);
    }

    /** Per rule: {@code applicable} subjects (1 for a document rule, the component count otherwise), {@code failed} of them. */
    public record RuleOutcome(Rule rule, int applicable, int failed) {
        public boolean passed() {
            return failed == 0;
        }
    }

    public boolean mustFailed() {
        return outcomes.stream().anyMatch(o -> o.rule().level() == Level.MUST && !o.passed());
    }
}
