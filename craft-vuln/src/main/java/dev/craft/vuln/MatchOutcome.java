package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The answer for one advisory and one package version: affected, not affected, or could not check (and why). */
public sealed interface MatchOutcome {

    /** The advisories (one, or several entries of one advisory) that evaluated. */
    List<MatchExplanation> explanations();

    /**
     * Affected.
     *
     * @param fixedVersions versions the advisory names as fixing it (fixed events, patched constraints), as written
     */
    record Affected(List<MatchExplanation> explanations, List<String> fixedVersions) implements MatchOutcome {
        public Affected {
            explanations = List.copyOf(explanations);
            fixedVersions = List.copyOf(fixedVersions);
        }
    }

    record NotAffected(List<MatchExplanation> explanations) implements MatchOutcome {
        public NotAffected {
            explanations = List.copyOf(explanations);
        }
    }

    /** The lookup could not be done: an unparseable version, a range that cannot be evaluated, no ranges at all. */
    record CouldNotCheck(String reason, List<MatchExplanation> explanations) implements MatchOutcome {
        public CouldNotCheck {
            requireNonNull(reason, "reason must not be null");
            explanations = List.copyOf(explanations);
        }
    }
}
