package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import dev.craft.kb.rules.FactDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The CRA knowledge base: every rule craft applies, as validated data with citations. Load it with
 * {@link KnowledgeBaseLoader#standard()}; it is immutable and safe to share.
 */
public record KnowledgeBase(
        Manifest manifest,
        Map<String, FactDef> facts,
        List<KbDate> dates,
        List<StatusEntry> status,
        List<Predicate> predicates,
        List<Gate> gates,
        List<Note> exclusions,
        List<Note> scopeNotes,
        String rdpsCollection,
        Gate rdpsDefinition,
        List<Note> rdpsOverrides,
        List<RoleRule> roleRules,
        List<Note> roleNotes,
        List<Category.FunctionTag> functionTags,
        List<Category> categories,
        List<Route> routes,
        List<Route.Rule> routeRules,
        Penalties penalties,
        List<Obligation> obligations,
        Retention retention,
        Reporting reporting,
        List<FindingRule> findings,
        List<UnsettledPoint> unsettled,
        java.util.Set<String> memberStates) {

    public KnowledgeBase {
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        dates = List.copyOf(dates);
        status = List.copyOf(status);
        predicates = List.copyOf(predicates);
        gates = List.copyOf(gates);
        exclusions = List.copyOf(exclusions);
        scopeNotes = List.copyOf(scopeNotes);
        rdpsOverrides = List.copyOf(rdpsOverrides);
        roleRules = List.copyOf(roleRules);
        roleNotes = List.copyOf(roleNotes);
        functionTags = List.copyOf(functionTags);
        categories = List.copyOf(categories);
        routes = List.copyOf(routes);
        routeRules = List.copyOf(routeRules);
        obligations = List.copyOf(obligations);
        findings = List.copyOf(findings);
        unsettled = List.copyOf(unsettled);
        memberStates = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(memberStates));
    }

    /** True when {@code country} (ISO 3166-1 alpha-2) is a Member State of the Union. */
    public boolean isMemberState(String country) {
        return memberStates.contains(country);
    }

    public String version() {
        return manifest.version();
    }

    public FactDef fact(String id) {
        return find(facts.get(id), "fact", id);
    }

    public KbDate date(String id) {
        return find(dates, KbDate::id, id, "date");
    }

    public StatusEntry statusEntry(String id) {
        return find(status, StatusEntry::id, id, "status entry");
    }

    public Condition predicate(String id) {
        return find(predicates, Predicate::id, id, "predicate").when();
    }

    public Predicate predicateRule(String id) {
        return find(predicates, Predicate::id, id, "predicate");
    }

    public Category category(String id) {
        return find(categories, Category::id, id, "category");
    }

    public Route route(String id) {
        return find(routes, Route::id, id, "route");
    }

    public Obligation obligation(String id) {
        return find(obligations, Obligation::id, id, "obligation");
    }

    private static <T> T find(List<T> list, Function<T, String> id, String wanted, String what) {
        for (T t : list) if (id.apply(t).equals(wanted)) return t;
        throw new NoSuchElementException("no " + what + " '" + wanted + "' in the knowledge base");
    }

    private static <T> T find(T value, String what, String wanted) {
        if (value == null) throw new NoSuchElementException("no " + what + " '" + wanted + "' in the knowledge base");
        return value;
    }
}
