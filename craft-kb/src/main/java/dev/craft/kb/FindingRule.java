package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;
import java.util.Locale;

/**
 * A finding: a fact pattern that points to a likely non-compliance (findings.yaml). Either a computed
 * {@code check} (closed list) or a plain condition {@code when}.
 */
public record FindingRule(String id, Check check, Condition when, Severity severity, List<Citation> cite, String text) {
    public FindingRule {
        cite = List.copyOf(cite);
    }

    public enum Severity {
        ERROR, WARNING, INFO;

        public static Severity fromKb(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /** Computations the engine performs for findings. */
    public enum Check {
        SUPPORT_PERIOD_BELOW_MINIMUM, SUPPORT_PERIOD_BELOW_EXPECTED_USE, EXPECTED_USE_BELOW_MINIMUM, SUPPORT_PERIOD_MISSING,
        SUPPORT_ENDED, NO_ROLE;

        public static Check fromKb(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }
}
