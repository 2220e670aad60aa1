package dev.craft.server.finding;

import dev.craft.server.api.ApiException;
import dev.craft.vuln.SeverityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The release gate of {@code craft push}: fails when an open finding reaches the threshold, with the
 * thresholds of {@code craft scan --fail-on} (exploited; critical; critical or high; any). A finding is
 * open unless its triage in force says it needs no action (not affected, false positive, resolved).
 * "Could not check" is its own verdict, never a pass.
 */
public final class Gate {

    public enum FailOn {
        /** actively exploited findings (the default: Art 14(1) material) */
        EXPLOITED,
        /** critical */
        CRITICAL,
        /** critical or high */
        HIGH,
        /** any open finding */
        ANY;

        public static FailOn parse(String s) {
            if (s == null || s.isBlank()) return EXPLOITED;
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("failOn must be one of exploited, critical, high, any; was '" + s + "'");
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Triage states that take a finding off the gate. */
    public static final Set<String> CLOSED_STATES = Set.of("not_affected", "false_positive", "resolved", "resolved_with_pedigree");

    public record Verdict(String failOn, String verdict, List<String> reasons) {}

    /** One finding as the gate sees it. */
    public record Item(String vulnerabilityId, String component, String version, SeverityLevel severity, boolean exploited,
            String exploitedSource, String triageState) {}

    private Gate() {}

    public static Verdict evaluate(FailOn failOn, List<Item> items, boolean checked, String notCheckedReason) {
        if (!checked) return new Verdict(failOn.label(), "not-checked", List.of(notCheckedReason));
        var reasons = new ArrayList<String>();
        for (Item i : items) {
            if (i.triageState() != null && CLOSED_STATES.contains(i.triageState())) continue;
            boolean hit = switch (failOn) {
                case EXPLOITED -> i.exploited();
                case CRITICAL -> i.severity() == SeverityLevel.CRITICAL;
                case HIGH -> i.severity() == SeverityLevel.CRITICAL || i.severity() == SeverityLevel.HIGH;
                case ANY -> true;
            };
            if (hit) reasons.add(reason(i));
        }
        return new Verdict(failOn.label(), reasons.isEmpty() ? "pass" : "fail", reasons);
    }

    private static String reason(Item i) {
        var sb = new StringBuilder(i.vulnerabilityId()).append(" in ").append(i.component());
        if (i.version() != null) sb.append(' ').append(i.version());
        sb.append(": ").append(i.severity().label());
        if (i.exploited()) sb.append(", actively exploited (").append(i.exploitedSource()).append(')');
        if (i.triageState() != null) sb.append(", triage ").append(i.triageState());
        return sb.toString();
    }
}
