package dev.craft.kb;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Retention periods and the support-period minimum (retention.yaml). */
public record Retention(SupportPeriod supportPeriod, List<Rule> rules) {
    public Retention {
        rules = List.copyOf(rules);
    }

    public Rule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no retention rule " + id));
    }

    /** Art 13(8): at least {@code minimumYears}, unless the expected use is shorter. */
    public record SupportPeriod(String id, List<Citation> cite, int minimumYears, String text) {
        public SupportPeriod {
            cite = List.copyOf(cite);
        }
    }

    public enum Kind {
        /** N years after placing on the market or until the end of the support period, whichever is later. */
        YEARS_AFTER_PLACING_OR_SUPPORT_END,
        /** N years after each update's issue or until the end of the support period, whichever is later. */
        YEARS_AFTER_UPDATE_OR_SUPPORT_END,
        /** N years after a supply (received or supplied). */
        YEARS_AFTER_SUPPLY;

        public static Kind fromKb(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @param supply       for YEARS_AFTER_SUPPLY: "received" or "supplied"; null otherwise
     * @param onlyForRoute the rule applies only when this conformity route is among the allowed ones; null if always
     */
    public record Rule(String id, String item, Set<Role> roles, List<Citation> cite, Kind kind, int years, String supply,
            String onlyForRoute) {
        public Rule {
            roles = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(roles));
            cite = List.copyOf(cite);
        }
    }
}
