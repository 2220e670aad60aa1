package dev.craft.kb.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A rule's condition: the closed vocabulary of the knowledge base (ADR 0003). Parsed and type-checked
 * once at load; evaluated by {@link Evaluator} in three-valued logic.
 */
public sealed interface Condition {

    /** {@code true} / {@code false} written as the whole condition. */
    record Constant(boolean value) implements Condition {}

    /** {@code all: [...]}: true when every part is. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** {@code any: [...]}: true when one part is. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    /** {@code not: ...}. */
    record Not(Condition inner) implements Condition {
        public Not {
            requireNonNull(inner, "inner must not be null");
        }
    }

    /** {@code {fact: F, is: V}}: a bool, enum or country fact equals V. */
    record Is(String fact, FactValue value) implements Condition {}

    /** {@code {fact: F, in: [V...]}}: an enum, country or integer fact is one of the values. */
    record In(String fact, Set<FactValue> values) implements Condition {
        public In {
            values = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
        }
    }

    /** {@code {fact: F, has: V}}: a set fact contains V. */
    record Has(String fact, String value) implements Condition {}

    /** {@code {fact: F, has_any: [V...]}}: a set fact contains one of the values. */
    record HasAny(String fact, Set<String> values) implements Condition {
        public HasAny {
            values = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
        }
    }

    /** {@code {fact: F, known: true|false}}: whether the profile answers F. Never unknown itself. */
    record Known(String fact, boolean expected) implements Condition {}

    /** {@code {fact: F, before: D}} / {@code on_or_after: D} with D an id of dates.yaml. */
    record DateCompare(String fact, boolean before, String dateId, LocalDate date) implements Condition {}

    /** {@code {fact: F, at_least: N}} / {@code below: N}. */
    record NumberCompare(String fact, boolean atLeast, long bound) implements Condition {}

    /** {@code {status: S, is: true|false}}: an entry of the dated status table. */
    record Status(String status, boolean expected) implements Condition {}

    /** {@code {rule: P}}: the truth of a named predicate. */
    record RuleRef(String predicate) implements Condition {}
}
