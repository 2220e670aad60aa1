package dev.craft.kb.rules;

import dev.craft.kb.yaml.StrictNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the condition vocabulary and type-checks it against the declared facts, dates, status entries
 * and predicates, reporting every problem with its location. Grammar (one form per mapping):
 * <pre>
 *   true | false
 *   {all: [C...]}  {any: [C...]}  {not: C}
 *   {fact: F, is: V} {fact: F, in: [V...]} {fact: F, has: V} {fact: F, has_any: [V...]} {fact: F, known: B}
 *   {fact: F, before: DATE_ID} {fact: F, on_or_after: DATE_ID} {fact: F, at_least: N} {fact: F, below: N}
 *   {status: S, is: B}   {rule: P}
 * </pre>
 */
public final class ConditionParser {

    private static final List<String> FACT_OPS = List.of("is", "in", "has", "has_any", "known", "before", "on_or_after", "at_least", "below");

    private final Map<String, FactDef> facts;
    private final Map<String, LocalDate> dates;
    private final Set<String> statusIds;
    private final Set<String> predicateIds;

    public ConditionParser(Map<String, FactDef> facts, Map<String, LocalDate> dates, Set<String> statusIds, Set<String> predicateIds) {
        this.facts = facts;
        this.dates = dates;
        this.statusIds = statusIds;
        this.predicateIds = predicateIds;
    }

    /** Parses the condition at {@code node}; returns null (with problems reported) when it is invalid or absent. */
    public Condition parse(StrictNode node) {
        if (!node.present()) {
            node.problem("missing condition", "a condition (see docs/knowledge-base.md)");
            return null;
        }
        var json = node.json();
        if (json.isBoolean()) return new Condition.Constant(json.asBoolean());
        if (!node.isMapping()) return null;
        List<String> keys = node.fieldNames();
        if (keys.size() == 1 && keys.get(0).equals("all")) return composite(node, "all", true);
        if (keys.size() == 1 && keys.get(0).equals("any")) return composite(node, "any", false);
        if (keys.size() == 1 && keys.get(0).equals("not")) {
            Condition inner = parse(node.field("not"));
            return inner == null ? null : new Condition.Not(inner);
        }
        if (keys.contains("fact")) return factTest(node, keys);
        if (keys.contains("status")) return statusTest(node);
        if (keys.size() == 1 && keys.get(0).equals("rule")) {
            String id = node.field("rule").requiredText();
            if (id == null) return null;
            if (!predicateIds.contains(id)) {
                node.field("rule").problem("unknown predicate '" + id + "'", "an id of predicates.yaml");
                return null;
            }
            return new Condition.RuleRef(id);
        }
        node.problem("not a condition: keys " + keys, "all, any, not, fact + operator, status + is, or rule");
        return null;
    }

    private Condition composite(StrictNode node, String key, boolean all) {
        List<StrictNode> items = node.field(key).items();
        if (items == null) {
            node.field(key).problem("missing list", "a list of conditions");
            return null;
        }
        if (items.isEmpty()) {
            node.field(key).problem("empty list", "at least one condition");
            return null;
        }
        var parts = new ArrayList<Condition>();
        boolean ok = true;
        for (StrictNode item : items) {
            Condition c = parse(item);
            if (c == null) ok = false;
            else parts.add(c);
        }
        if (!ok) return null;
        return all ? new Condition.All(parts) : new Condition.Any(parts);
    }

    private Condition statusTest(StrictNode node) {
        String id = node.field("status").requiredText();
        Boolean expected = node.field("is").bool();
        node.finish();
        if (id == null) return null;
        if (!statusIds.contains(id)) {
            node.field("status").problem("unknown status entry '" + id + "'", "an id of status.yaml");
            return null;
        }
        if (expected == null) {
            node.field("is").problem("missing", "true or false");
            return null;
        }
        return new Condition.Status(id, expected);
    }

    private Condition factTest(StrictNode node, List<String> keys) {
        String factId = node.field("fact").requiredText();
        List<String> ops = keys.stream().filter(k -> !k.equals("fact")).toList();
        if (factId == null) return null;
        FactDef fact = facts.get(factId);
        if (fact == null) {
            node.field("fact").problem("unknown fact '" + factId + "'", "an id of facts.yaml");
            return null;
        }
        if (ops.size() != 1 || !FACT_OPS.contains(ops.get(0))) {
            node.problem("a fact test needs exactly one operator, found " + ops, "one of " + FACT_OPS);
            return null;
        }
        String op = ops.get(0);
        StrictNode operand = node.field(op);
        FactType type = fact.type();
        return switch (op) {
            case "known" -> {
                Boolean b = operand.bool();
                yield b == null ? null : new Condition.Known(factId, b);
            }
            case "is" -> {
                if (type == FactType.BOOL) {
                    Boolean b = operand.bool();
                    yield b == null ? null : new Condition.Is(factId, new FactValue.Bool(b));
                }
                if (type != FactType.ENUM && type != FactType.COUNTRY) yield typeError(operand, op, fact);
                String v = value(operand, fact);
                yield v == null ? null : new Condition.Is(factId, new FactValue.Text(v));
            }
            case "in" -> {
                List<StrictNode> items = operand.items();
                if (items == null || items.isEmpty()) {
                    operand.problem("expected a non-empty list", "a list of values");
                    yield null;
                }
                var values = new LinkedHashSet<FactValue>();
                for (StrictNode item : items) {
                    if (type == FactType.INTEGER) {
                        Long n = item.integer();
                        if (n == null) yield null;
                        values.add(new FactValue.Int(n));
                    } else if (type == FactType.ENUM || type == FactType.COUNTRY) {
                        String v = value(item, fact);
                        if (v == null) yield null;
                        values.add(new FactValue.Text(v));
                    } else {
                        yield typeError(operand, op, fact);
                    }
                }
                yield new Condition.In(factId, values);
            }
            case "has" -> {
                if (type != FactType.ENUM_SET) yield typeError(operand, op, fact);
                String v = value(operand, fact);
                yield v == null ? null : new Condition.Has(factId, v);
            }
            case "has_any" -> {
                if (type != FactType.ENUM_SET) yield typeError(operand, op, fact);
                List<StrictNode> items = operand.items();
                if (items == null || items.isEmpty()) {
                    operand.problem("expected a non-empty list", "a list of values");
                    yield null;
                }
                var values = new LinkedHashSet<String>();
                for (StrictNode item : items) {
                    String v = value(item, fact);
                    if (v == null) yield null;
                    values.add(v);
                }
                yield new Condition.HasAny(factId, values);
            }
            case "before", "on_or_after" -> {
                if (type != FactType.DATE) yield typeError(operand, op, fact);
                String dateId = operand.requiredText();
                if (dateId == null) yield null;
                LocalDate d = dates.get(dateId);
                if (d == null) {
                    operand.problem("unknown date '" + dateId + "'", "an id of dates.yaml");
                    yield null;
                }
                yield new Condition.DateCompare(factId, op.equals("before"), dateId, d);
            }
            case "at_least", "below" -> {
                if (type != FactType.INTEGER) yield typeError(operand, op, fact);
                Long n = operand.integer();
                yield n == null ? null : new Condition.NumberCompare(factId, op.equals("at_least"), n);
            }
            default -> throw new IllegalStateException(op);
        };
    }

    private static String value(StrictNode node, FactDef fact) {
        String v = node.requiredText();
        if (v == null) return null;
        if (fact.type() == FactType.COUNTRY) {
            if (!v.matches("[A-Z]{2}")) {
                node.problem("'" + v + "' is not a country code", "an ISO 3166-1 alpha-2 code");
                return null;
            }
            return v;
        }
        if (!fact.values().contains(v)) {
            node.problem("'" + v + "' is not a value of fact " + fact.id(), "one of " + new java.util.TreeSet<>(fact.values()));
            return null;
        }
        return v;
    }

    private static Condition typeError(StrictNode node, String op, FactDef fact) {
        node.problem("operator '" + op + "' does not apply to " + fact.type().kbName() + " fact " + fact.id(), "an operator for its type");
        return null;
    }
}
