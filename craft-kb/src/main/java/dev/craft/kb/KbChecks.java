package dev.craft.kb;

import dev.craft.common.Problem;
import dev.craft.kb.rules.Condition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks across files: coverage of the Annexes and of the routes, references, acyclic predicates. */
final class KbChecks {

    private static final Map<ProductClass, Integer> CATEGORY_COUNTS = Map.of(
            ProductClass.IMPORTANT_CLASS_I, 19, ProductClass.IMPORTANT_CLASS_II, 4, ProductClass.CRITICAL, 3);
    private static final Set<String> ROUTES_EVERY_CLASS = Set.of("module_a", "module_b_c", "module_h", "certification_scheme");

    private KbChecks() {}

    static List<Problem> check(KnowledgeBase kb) {
        var problems = new ArrayList<Problem>();
        predicatesAcyclic(kb, problems);
        categoryCoverage(kb, problems);
        routeCoverage(kb, problems);
        obligationReferences(kb, problems);
        for (StatusEntry s : kb.status()) {
            if (s.asOf().isAfter(kb.manifest().date())) {
                problems.add(new Problem("status.yaml", s.id(), "as_of " + s.asOf() + " is after the knowledge-base date " + kb.manifest().date(), "a date no later than the manifest date"));
            }
        }
        var methods = new HashSet<Reporting.Method>();
        for (Reporting.CsirtStep step : kb.reporting().csirtRouting()) {
            if (!methods.add(step.method())) problems.add(new Problem("reporting.yaml", step.id(), "routing method used twice", "each method once"));
        }
        if (methods.size() != Reporting.Method.values().length) {
            problems.add(new Problem("reporting.yaml", "$.csirt_routing", "not every Art 14(7) routing step is listed", "all of " + List.of(Reporting.Method.values())));
        }
        boolean collectionDeclared = kb.facts().values().stream().anyMatch(f -> kb.rdpsCollection().equals(f.collection()));
        if (!collectionDeclared) {
            problems.add(new Problem("rdps.yaml", "$.remote_processing.collection", "no fact is declared for collection " + kb.rdpsCollection(), "a collection of facts.yaml"));
        }
        return problems;
    }

    private static void predicatesAcyclic(KnowledgeBase kb, List<Problem> problems) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (Predicate p : kb.predicates()) edges.put(p.id(), refs(p.when(), new HashSet<>()));
        for (String start : edges.keySet()) {
            if (reaches(start, start, edges, new HashSet<>())) {
                problems.add(new Problem("predicates.yaml", start, "predicate refers to itself through other predicates", "no cycles"));
            }
        }
    }

    private static boolean reaches(String from, String target, Map<String, Set<String>> edges, Set<String> seen) {
        for (String next : edges.getOrDefault(from, Set.of())) {
            if (next.equals(target)) return true;
            if (seen.add(next) && reaches(next, target, edges, seen)) return true;
        }
        return false;
    }

    static Set<String> refs(Condition c, Set<String> out) {
        switch (c) {
            case Condition.All all -> all.parts().forEach(p -> refs(p, out));
            case Condition.Any any -> any.parts().forEach(p -> refs(p, out));
            case Condition.Not not -> refs(not.inner(), out);
            case Condition.RuleRef ref -> out.add(ref.predicate());
            default -> { }
        }
        return out;
    }

    private static void categoryCoverage(KnowledgeBase kb, List<Problem> problems) {
        Map<ProductClass, Set<Integer>> numbers = new EnumMap<>(ProductClass.class);
        for (Category c : kb.categories()) {
            String expectedId = switch (c.productClass()) {
                case IMPORTANT_CLASS_I -> "III-I-";
                case IMPORTANT_CLASS_II -> "III-II-";
                case CRITICAL -> "IV-";
                default -> "?";
            };
            String expectedCite = switch (c.productClass()) {
                case IMPORTANT_CLASS_I -> "Annex III Class I #";
                case IMPORTANT_CLASS_II -> "Annex III Class II #";
                case CRITICAL -> "Annex IV #";
                default -> "?";
            };
            if (!c.id().startsWith(expectedId) || !c.cite().text().startsWith(expectedCite)
                    || !c.id().substring(expectedId.length()).equals(c.cite().text().substring(expectedCite.length()))) {
                problems.add(new Problem("categories.yaml", c.id(), "id, class and citation (" + c.cite() + ") do not agree", expectedId + "N with " + expectedCite + "N"));
                continue;
            }
            int n = Integer.parseInt(c.id().substring(expectedId.length()));
            if (!numbers.computeIfAbsent(c.productClass(), k -> new TreeSet<>()).add(n)) {
                problems.add(new Problem("categories.yaml", c.id(), "category listed twice", "each category once"));
            }
        }
        CATEGORY_COUNTS.forEach((cls, count) -> {
            Set<Integer> got = numbers.getOrDefault(cls, Set.of());
            var expected = new TreeSet<Integer>();
            for (int i = 1; i <= count; i++) expected.add(i);
            if (!got.equals(expected)) {
                problems.add(new Problem("categories.yaml", "$.categories", cls.label() + ": categories " + got + " listed", "exactly " + expected));
            }
        });
    }

    private static void routeCoverage(KnowledgeBase kb, List<Problem> problems) {
        var routeIds = new HashSet<String>();
        for (Route r : kb.routes()) routeIds.add(r.id());
        Map<ProductClass, Set<String>> seen = new EnumMap<>(ProductClass.class);
        for (Route.Rule rule : kb.routeRules()) {
            if (!routeIds.contains(rule.route())) {
                problems.add(new Problem("routes.yaml", rule.id(), "unknown route '" + rule.route() + "'", "one of " + routeIds));
            }
            if (!seen.computeIfAbsent(rule.productClass(), k -> new HashSet<>()).add(rule.route())) {
                problems.add(new Problem("routes.yaml", rule.id(), "second rule for " + rule.productClass().kbName() + " / " + rule.route(), "one rule per class and route"));
            }
        }
        for (ProductClass cls : List.of(ProductClass.DEFAULT, ProductClass.IMPORTANT_CLASS_I, ProductClass.IMPORTANT_CLASS_II, ProductClass.CRITICAL)) {
            var expected = new HashSet<>(ROUTES_EVERY_CLASS);
            if (cls == ProductClass.CRITICAL) expected.add("art8_certificate");
            if (!expected.equals(seen.getOrDefault(cls, Set.of()))) {
                problems.add(new Problem("routes.yaml", "$.rules", "routes for " + cls.kbName() + ": " + seen.getOrDefault(cls, Set.of()), "exactly " + new TreeSet<>(expected)));
            }
        }
    }

    private static void obligationReferences(KnowledgeBase kb, List<Problem> problems) {
        var tiers = new HashSet<String>();
        for (Penalties.Tier t : kb.penalties().tiers()) tiers.add(t.id());
        var retentionIds = new HashSet<String>();
        for (Retention.Rule r : kb.retention().rules()) retentionIds.add(r.id());
        var obligationIds = new HashSet<String>();
        var rolesCovered = new HashSet<Role>();
        for (Obligation o : kb.obligations()) {
            obligationIds.add(o.id());
            rolesCovered.addAll(o.roles());
            for (Obligation.PenaltyRef p : o.penalties()) {
                if (!tiers.contains(p.tier())) problems.add(new Problem("obligations.yaml", o.id(), "unknown penalty tier '" + p.tier() + "'", "one of " + tiers));
            }
            if (o.due().retention() != null && !retentionIds.contains(o.due().retention())) {
                problems.add(new Problem("obligations.yaml", o.id(), "unknown retention rule '" + o.due().retention() + "'", "an id of retention.yaml"));
            }
            if (o.penalties().isEmpty() && !o.roles().equals(Set.of(Role.OPEN_SOURCE_STEWARD))) {
                problems.add(new Problem("obligations.yaml", o.id(), "no penalty tier", "the Art 64 tier (only stewards have none, Art 64(10)(b))"));
            }
        }
        for (Role r : Role.values()) {
            if (!rolesCovered.contains(r)) problems.add(new Problem("obligations.yaml", "$.obligations", "no obligation for role " + r.kbName(), "at least one"));
        }
        for (Penalties.Exemption e : kb.penalties().exemptions()) {
            for (String id : e.obligations()) {
                if (!obligationIds.contains(id)) problems.add(new Problem("penalties.yaml", e.id(), "unknown obligation '" + id + "'", "an id of obligations.yaml"));
            }
        }
        for (Retention.Rule r : kb.retention().rules()) {
            if (r.onlyForRoute() != null && kb.routes().stream().noneMatch(x -> x.id().equals(r.onlyForRoute()))) {
                problems.add(new Problem("retention.yaml", r.id(), "unknown route '" + r.onlyForRoute() + "'", "an id of routes.yaml"));
            }
        }
    }
}
