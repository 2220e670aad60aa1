package dev.craft.kb.rules;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The result of evaluating a condition, with what decided it.
 *
 * @param truth    true, false or unknown
 * @param facts    the facts that decided the result, with their values (for the trace)
 * @param unknown  when {@code truth} is unknown: the facts whose answer would decide it (for the open
 *                 questions); empty otherwise
 * @param statuses the status-table entries consulted
 * @param rules    the named predicates consulted
 */
public record Outcome(Truth truth, Map<String, FactValue> facts, Set<String> unknown, Set<String> statuses, Set<String> rules) {

    public Outcome {
        requireNonNull(truth, "truth must not be null");
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        unknown = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(truth == Truth.UNKNOWN ? unknown : Set.of()));
        statuses = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(statuses));
        rules = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(rules));
    }

    public static Outcome constant(boolean value) {
        return new Outcome(Truth.of(value), Map.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean isTrue() {
        return truth == Truth.TRUE;
    }

    public boolean isFalse() {
        return truth == Truth.FALSE;
    }

    public boolean isUnknown() {
        return truth == Truth.UNKNOWN;
    }

    /** The same evidence with a different truth (used by {@code not}). */
    Outcome withTruth(Truth t) {
        return new Outcome(t, facts, unknown, statuses, rules);
    }

    /** Combines the evidence of {@code parts} under the given truth. */
    static Outcome merge(Truth truth, Collection<Outcome> parts) {
        var facts = new LinkedHashMap<String, FactValue>();
        var unknown = new LinkedHashSet<String>();
        var statuses = new LinkedHashSet<String>();
        var rules = new LinkedHashSet<String>();
        for (Outcome o : parts) {
            facts.putAll(o.facts);
            unknown.addAll(o.unknown);
            statuses.addAll(o.statuses);
            rules.addAll(o.rules);
        }
        return new Outcome(truth, facts, unknown, statuses, rules);
    }
}
