package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of the obligations catalogue (obligations.yaml).
 *
 * @param roles          the roles that bear it
 * @param appliesWhen    when it applies beyond holding the role (e.g. Art 69(2)); {@code true} if always
 * @param appliesFrom    id of the date from which it applies
 * @param appliesFromDate that date
 * @param due            how its due date is determined
 * @param evidence       what a company keeps to show it is met
 * @param penalties      the Art 64 tiers an infringement falls under, with the article that triggers each
 */
public record Obligation(String id, Set<Role> roles, List<Citation> cite, String duty, Condition appliesWhen,
        String appliesFrom, LocalDate appliesFromDate, Due due, List<String> evidence, List<PenaltyRef> penalties) {

    public Obligation {
        roles = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(roles));
        cite = List.copyOf(cite);
        evidence = List.copyOf(evidence);
        penalties = List.copyOf(penalties);
    }

    /** The closed list of due-date rules the engine knows how to render. */
    public enum DueKind {
        /** Before the product is placed on the market (a concrete date when the placing date is known). */
        BEFORE_PLACING,
        /** Throughout the support period (until its end date). */
        SUPPORT_PERIOD,
        /** Continuously while the product is on the market. */
        CONTINUOUS,
        /** Triggered by an event; the text says when. */
        EVENT,
        /** When an authority asks. */
        ON_REQUEST,
        /** Until a retention date computed from a retention rule. */
        RETENTION,
        /** Per security update, from a retention rule. */
        PER_UPDATE;

        public static DueKind fromKb(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @param text      wording of the due rule where the kind alone does not say it; null otherwise
     * @param retention id of the retention rule for RETENTION and PER_UPDATE; null otherwise
     */
    public record Due(DueKind kind, String text, String retention) {}

    public record PenaltyRef(String tier, String via) {}
}
