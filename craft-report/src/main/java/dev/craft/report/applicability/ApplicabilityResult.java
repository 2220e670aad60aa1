package dev.craft.report.applicability;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether a case must be reported under Art 14, and every reason, note and missing fact behind that answer.
 *
 * @param verdict the answer
 * @param reasons in the order they were found; each with its citation
 */
public record ApplicabilityResult(Verdict verdict, List<Reason> reasons) {

    public ApplicabilityResult {
        requireNonNull(verdict, "verdict must not be null");
        reasons = List.copyOf(reasons);
    }

    /** The facts a person must record before craft can answer. */
    public List<Reason> missingFacts() {
        return reasons.stream().filter(r -> r.kind() == Reason.Kind.MISSING_FACT).toList();
    }

    /** The possible answers. */
    public enum Verdict {
        /** Art 14 applies: the clocks bind. */
        REPORTABLE,
        /** Art 14 does not apply to this case; the exclusion says why. */
        NOT_REPORTABLE,
        /** A fact that decides it is missing. craft shows the clocks as if reportable meanwhile. */
        UNDETERMINED,
        /** The operator does not file Art 14 reports (importer, distributor): it informs the manufacturer. */
        NOT_A_FILER
    }

    /**
     * One reason.
     *
     * @param ruleId the rule in {@code art14-case-rules.yaml}
     * @param cite   where the law (or guidance) says it
     * @param text   what it means for this case
     * @param kind   how it weighs
     */
    public record Reason(String ruleId, String cite, String text, Kind kind) {
        public Reason {
            requireNonNull(ruleId, "ruleId must not be null");
            requireNonNull(cite, "cite must not be null");
            requireNonNull(text, "text must not be null");
            requireNonNull(kind, "kind must not be null");
        }

        /** How a reason weighs. */
        public enum Kind {
            /** Makes the case reportable. */
            BASIS,
            /** Takes the case out of Art 14. */
            EXCLUSION,
            /** Information that changes no verdict (legacy product, fines). */
            NOTE,
            /** Something a person should do now (confirm awareness). */
            ACTION,
            /** A fact that decides the verdict is not recorded. */
            MISSING_FACT,
            /** A point the law leaves open, with craft's reading. */
            OPEN_POINT
        }
    }
}
