package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import dev.craft.kb.rules.ConditionParser;
import dev.craft.kb.yaml.StrictNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared state while loading: the condition parser, id registries and helpers for common fields. */
final class LoadContext {

    ConditionParser conditions;
    /** Every rule-like id across files, so that a trace's rule id is unambiguous. */
    private final Map<String, String> ruleIds = new HashMap<>();

    /** Registers a rule id; reports a duplicate anywhere in the knowledge base. */
    String ruleId(StrictNode node) {
        StrictNode idNode = node.field("id");
        String id = idNode.requiredText();
        if (id == null) return null;
        String where = node.problems().source() + " " + node.path();
        String previous = ruleIds.putIfAbsent(id, where);
        if (previous != null) idNode.problem("duplicate id '" + id + "', first used at " + previous, "a unique id");
        return id;
    }

    /** Registers an id that only has to be unique within its own list. */
    static String localId(StrictNode node, Set<String> seen) {
        StrictNode idNode = node.field("id");
        String id = idNode.requiredText();
        if (id != null && !seen.add(id)) idNode.problem("duplicate id '" + id + "'", "a unique id");
        return id;
    }

    /** A required, non-empty list of citations in craft's style. */
    static List<Citation> cites(StrictNode node) {
        List<String> texts = node.texts();
        if (texts == null || texts.isEmpty()) {
            node.problem("missing citation", "at least one citation, e.g. [Art 13(8) 3rd subpara]");
            return List.of();
        }
        var out = new ArrayList<Citation>();
        for (String t : texts) {
            if (Citation.isValid(t)) out.add(new Citation(t));
            else node.problem("'" + t + "' is not a citation in craft's style", "e.g. Art 13(8) 3rd subpara, Annex III Class I #17, AI-P2(1), Rec 15");
        }
        return out;
    }

    static Citation cite(StrictNode node) {
        String t = node.requiredText();
        if (t == null) return null;
        if (!Citation.isValid(t)) {
            node.problem("'" + t + "' is not a citation in craft's style", "e.g. Art 64(2)");
            return null;
        }
        return new Citation(t);
    }

    Condition condition(StrictNode node) {
        return conditions.parse(node);
    }

    /** An optional condition: absent means always true. */
    Condition conditionOrTrue(StrictNode node) {
        return node.present() ? conditions.parse(node) : new Condition.Constant(true);
    }

    static List<String> textsOrEmpty(StrictNode node) {
        List<String> t = node.texts();
        return t == null ? List.of() : t;
    }

    /** The elements of a required top-level list. */
    static List<StrictNode> list(StrictNode root, String key) {
        List<StrictNode> items = root.field(key).items();
        if (items == null) {
            root.field(key).problem("missing", "a list");
            return List.of();
        }
        return items;
    }

    static Set<Role> roles(StrictNode node) {
        String s = node.requiredText();
        if (s == null) return Set.of();
        if (s.equals("economic_operator")) {
            var out = new LinkedHashSet<Role>();
            for (Role r : Role.values()) if (r.economicOperator()) out.add(r);
            return out;
        }
        try {
            return Set.of(Role.fromKb(s));
        } catch (IllegalArgumentException e) {
            node.problem("unknown role '" + s + "'", "manufacturer, authorised_representative, importer, distributor, open_source_steward or economic_operator");
            return Set.of();
        }
    }

    static <E extends Enum<E>> E enumValue(StrictNode node, Class<E> type, java.util.function.Function<String, E> parse) {
        String s = node.requiredText();
        if (s == null) return null;
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            var names = new ArrayList<String>();
            for (E c : type.getEnumConstants()) names.add(c.name().toLowerCase(java.util.Locale.ROOT));
            node.problem("'" + s + "' is not allowed here", "one of " + names);
            return null;
        }
    }
}
