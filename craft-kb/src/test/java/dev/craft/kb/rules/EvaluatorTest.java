package dev.craft.kb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Three-valued evaluation: Kleene truth tables, the facts that decide, and the questions an unknown result asks. */
class EvaluatorTest {

    private static Evaluator evaluator(Map<String, FactValue> facts) {
        return new Evaluator(new Evaluator.Env() {
            @Override
            public FactValue fact(String id) {
                return facts.getOrDefault(id, FactValue.UNKNOWN);
            }

            @Override
            public Truth status(String id) {
                return Truth.FALSE;
            }

            @Override
            public Condition predicate(String id) {
                throw new IllegalArgumentException(id);
            }
        });
    }

    private static Condition leaf(String fact) {
        return new Condition.Is(fact, new FactValue.Bool(true));
    }

    private static FactValue value(Truth t) {
        return switch (t) {
            case TRUE -> new FactValue.Bool(true);
            case FALSE -> new FactValue.Bool(false);
            case UNKNOWN -> FactValue.UNKNOWN;
        };
    }

    @ParameterizedTest(name = "{0} and {1} = {2}; {0} or {1} = {3}")
    @CsvSource({
        "TRUE, TRUE, TRUE, TRUE", "TRUE, FALSE, FALSE, TRUE", "TRUE, UNKNOWN, UNKNOWN, TRUE",
        "FALSE, FALSE, FALSE, FALSE", "FALSE, UNKNOWN, FALSE, UNKNOWN", "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN"})
    void shouldFollowKleeneLogic(Truth a, Truth b, Truth and, Truth or) {
        var ev = evaluator(Map.of("a", value(a), "b", value(b)));
        assertThat(ev.evaluate(new Condition.All(List.of(leaf("a"), leaf("b")))).truth()).isEqualTo(and);
        assertThat(ev.evaluate(new Condition.Any(List.of(leaf("a"), leaf("b")))).truth()).isEqualTo(or);
        assertThat(ev.evaluate(new Condition.All(List.of(leaf("b"), leaf("a")))).truth()).as("commutative").isEqualTo(and);
    }

    @org.junit.jupiter.api.Test
    void shouldNameOnlyTheFactsThatWouldDecideAnUnknownResult() {
        var ev = evaluator(Map.of("a", new FactValue.Bool(true)));
        Outcome o = ev.evaluate(new Condition.All(List.of(leaf("a"), leaf("b"), new Condition.Any(List.of(leaf("c"), leaf("d"))))));
        assertThat(o.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(o.unknown()).containsExactly("b", "c", "d");
    }

    @org.junit.jupiter.api.Test
    void shouldTraceOnlyTheDecidingFactOfAFalseConjunction() {
        var ev = evaluator(Map.of("a", new FactValue.Bool(false), "b", new FactValue.Bool(true)));
        Outcome o = ev.evaluate(new Condition.All(List.of(leaf("a"), leaf("b"))));
        assertThat(o.truth()).isEqualTo(Truth.FALSE);
        assertThat(o.facts()).containsOnlyKeys("a");
        assertThat(o.unknown()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldCompareDatesAgainstTheirBoundary() {
        LocalDate ga = LocalDate.of(2027, 12, 11);
        var before = new Condition.DateCompare("d", true, "general_application", ga);
        assertThat(evaluator(Map.of("d", new FactValue.Date(ga.minusDays(1)))).evaluate(before).truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluator(Map.of("d", new FactValue.Date(ga))).evaluate(before).truth()).isEqualTo(Truth.FALSE);
        assertThat(evaluator(Map.of()).evaluate(before).truth()).isEqualTo(Truth.UNKNOWN);
        var known = new Condition.Known("d", false);
        assertThat(evaluator(Map.of()).evaluate(known).truth()).as("known: never unknown").isEqualTo(Truth.TRUE);
    }

    @org.junit.jupiter.api.Test
    void shouldTestSetMembership() {
        var ev = evaluator(Map.of("s", new FactValue.TextSet(Set.of("x", "y"))));
        assertThat(ev.evaluate(new Condition.Has("s", "x")).truth()).isEqualTo(Truth.TRUE);
        assertThat(ev.evaluate(new Condition.HasAny("s", Set.of("z", "y"))).truth()).isEqualTo(Truth.TRUE);
        assertThat(ev.evaluate(new Condition.HasAny("s", Set.of("z"))).truth()).isEqualTo(Truth.FALSE);
    }

    @Property
    void doubleNegationIsIdentity(@ForAll("truths") Truth a) {
        var ev = evaluator(Map.of("a", value(a)));
        assertThat(ev.evaluate(new Condition.Not(new Condition.Not(leaf("a")))).truth()).isEqualTo(a);
    }

    @Property
    void deMorganHoldsInThreeValuedLogic(@ForAll("truths") Truth a, @ForAll("truths") Truth b) {
        var ev = evaluator(Map.of("a", value(a), "b", value(b)));
        Truth left = ev.evaluate(new Condition.Not(new Condition.All(List.of(leaf("a"), leaf("b"))))).truth();
        Truth right = ev.evaluate(new Condition.Any(List.of(new Condition.Not(leaf("a")), new Condition.Not(leaf("b"))))).truth();
        assertThat(left).isEqualTo(right);
    }

    @Property
    void knowingMoreNeverFlipsADecidedResult(@ForAll("truths") Truth a, @ForAll("truths") Truth b, @ForAll boolean fill) {
        // Monotonicity: replacing an unknown by a value can decide a result, never reverse one that was decided.
        Condition c = new Condition.Any(List.of(new Condition.All(List.of(leaf("a"), leaf("b"))), new Condition.Not(leaf("b"))));
        Truth before = evaluator(Map.of("a", value(a), "b", value(b))).evaluate(c).truth();
        Truth a2 = a == Truth.UNKNOWN ? Truth.of(fill) : a;
        Truth b2 = b == Truth.UNKNOWN ? Truth.of(!fill) : b;
        Truth after = evaluator(Map.of("a", value(a2), "b", value(b2))).evaluate(c).truth();
        if (before != Truth.UNKNOWN) assertThat(after).isEqualTo(before);
    }

    @Provide
    Arbitrary<Truth> truths() {
        return Arbitraries.of(Truth.class);
    }
}
