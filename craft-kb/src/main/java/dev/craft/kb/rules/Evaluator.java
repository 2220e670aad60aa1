package dev.craft.kb.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates conditions over one set of facts in three-valued (Kleene) logic, and records which facts
 * decided each result: for {@code all}, a false part decides alone; for {@code any}, a true part decides
 * alone; otherwise every part counts. An unknown result names the facts that would settle it.
 * One evaluator serves one assessment; named predicates are evaluated once and cached.
 */
public final class Evaluator {

    /** Where the evaluator reads facts, status entries and named predicates. */
    public interface Env {
        FactValue fact(String id);

        /** The status-table value: true, false or unknown. */
        Truth status(String id);

        Condition predicate(String id);
    }

    private final Env env;
    private final Map<String, Outcome> predicateCache = new HashMap<>();

    public Evaluator(Env env) {
        this.env = env;
    }

    public Outcome evaluate(Condition condition) {
        return switch (condition) {
            case Condition.Constant c -> Outcome.constant(c.value());
            case Condition.All all -> all(all.parts());
            case Condition.Any any -> any(any.parts());
            case Condition.Not not -> {
                Outcome inner = evaluate(not.inner());
                yield inner.withTruth(inner.truth().not());
            }
            case Condition.Is is -> test(is.fact(), v -> v.equals(is.value()));
            case Condition.In in -> test(in.fact(), in.values()::contains);
            case Condition.Has has -> test(has.fact(), v -> ((FactValue.TextSet) v).values().contains(has.value()));
            case Condition.HasAny hasAny -> test(hasAny.fact(),
                    v -> ((FactValue.TextSet) v).values().stream().anyMatch(hasAny.values()::contains));
            case Condition.Known known -> {
                FactValue v = env.fact(known.fact());
                yield new Outcome(Truth.of(v.known() == known.expected()), Map.of(known.fact(), v), Set.of(), Set.of(), Set.of());
            }
            case Condition.DateCompare dc -> test(dc.fact(), v -> {
                var d = ((FactValue.Date) v).value();
                return dc.before() ? d.isBefore(dc.date()) : !d.isBefore(dc.date());
            });
            case Condition.NumberCompare nc -> test(nc.fact(), v -> {
                long n = ((FactValue.Int) v).value();
                return nc.atLeast() ? n >= nc.bound() : n < nc.bound();
            });
            case Condition.Status st -> {
                Truth t = env.status(st.status());
                Truth result = t == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.of((t == Truth.TRUE) == st.expected());
                yield new Outcome(result, Map.of(), Set.of(), Set.of(st.status()), Set.of());
            }
            case Condition.RuleRef ref -> {
                Outcome cached = predicateCache.get(ref.predicate());
                if (cached == null) {
                    Outcome inner = evaluate(env.predicate(ref.predicate()));
                    var rules = new java.util.LinkedHashSet<String>();
                    rules.add(ref.predicate());
                    rules.addAll(inner.rules());
                    cached = new Outcome(inner.truth(), inner.facts(), inner.unknown(), inner.statuses(), rules);
                    predicateCache.put(ref.predicate(), cached);
                }
                yield cached;
            }
        };
    }

    private Outcome test(String fact, java.util.function.Predicate<FactValue> test) {
        FactValue v = env.fact(fact);
        if (!v.known()) return new Outcome(Truth.UNKNOWN, Map.of(fact, v), Set.of(fact), Set.of(), Set.of());
        return new Outcome(Truth.of(test.test(v)), Map.of(fact, v), Set.of(), Set.of(), Set.of());
    }

    private Outcome all(List<Condition> parts) {
        var outcomes = new ArrayList<Outcome>(parts.size());
        for (Condition c : parts) outcomes.add(evaluate(c));
        List<Outcome> falses = outcomes.stream().filter(Outcome::isFalse).toList();
        if (!falses.isEmpty()) return Outcome.merge(Truth.FALSE, falses);
        boolean anyUnknown = outcomes.stream().anyMatch(Outcome::isUnknown);
        return Outcome.merge(anyUnknown ? Truth.UNKNOWN : Truth.TRUE, outcomes);
    }

    private Outcome any(List<Condition> parts) {
        var outcomes = new ArrayList<Outcome>(parts.size());
        for (Condition c : parts) outcomes.add(evaluate(c));
        List<Outcome> trues = outcomes.stream().filter(Outcome::isTrue).toList();
        if (!trues.isEmpty()) return Outcome.merge(Truth.TRUE, trues);
        boolean anyUnknown = outcomes.stream().anyMatch(Outcome::isUnknown);
        return Outcome.merge(anyUnknown ? Truth.UNKNOWN : Truth.FALSE, outcomes);
    }
}
