package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import dev.craft.kb.yaml.StrictNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parsers of scope.yaml, exclusions.yaml, rdps.yaml, roles.yaml, categories.yaml and routes.yaml. */
final class RuleSections {

    private RuleSections() {}

    static Set<String> memberStates(StrictNode root) {
        List<String> states = LoadContext.textsOrEmpty(root.field("member_states"));
        if (states.size() != 27) root.field("member_states").problem(states.size() + " Member States listed", "the 27 Member States");
        for (String s : states) if (!s.matches("[A-Z]{2}")) root.field("member_states").problem("'" + s + "' is not a country code", "ISO 3166-1 alpha-2");
        return new LinkedHashSet<>(states);
    }

    static List<Gate> gates(StrictNode root, LoadContext ctx) {
        var out = new ArrayList<Gate>();
        for (StrictNode g : LoadContext.list(root, "gates")) {
            Gate gate = gate(g, ctx, true);
            if (gate != null) out.add(gate);
        }
        return out;
    }

    private static Gate gate(StrictNode g, LoadContext ctx, boolean titled) {
        String id = ctx.ruleId(g);
        String title = titled ? g.field("title").requiredText() : g.field("title").text();
        List<Citation> cite = LoadContext.cites(g.field("cite"));
        Condition when = ctx.condition(g.field("when"));
        String ifTrue = g.field("if_true").requiredText();
        String ifFalse = g.field("if_false").requiredText();
        g.finish();
        return id == null || when == null ? null : new Gate(id, title, cite, when, ifTrue, ifFalse);
    }

    /** A list of notes (also exclusions and RDPS overrides): id, optional title, cite, when, text. */
    static List<Note> notes(StrictNode root, String key, LoadContext ctx) {
        var out = new ArrayList<Note>();
        for (StrictNode n : LoadContext.list(root, key)) {
            String id = ctx.ruleId(n);
            String title = n.field("title").text();
            List<Citation> cite = LoadContext.cites(n.field("cite"));
            Condition when = ctx.condition(n.field("when"));
            String text = n.field("text").requiredText();
            n.finish();
            if (id != null && when != null) out.add(new Note(id, title, cite, when, text));
        }
        return out;
    }

    record Rdps(String collection, Gate definition, List<Note> overrides) {}

    static Rdps rdps(StrictNode root, LoadContext ctx) {
        StrictNode rp = root.field("remote_processing");
        rp.requireMapping();
        String collection = rp.field("collection").requiredText();
        Gate definition = gate(rp.field("definition"), ctx, false);
        List<Note> overrides = notes(rp, "overrides", ctx);
        rp.finish();
        root.finish();
        return new Rdps(collection, definition, overrides);
    }

    static List<RoleRule> roleRules(StrictNode root, LoadContext ctx) {
        var out = new ArrayList<RoleRule>();
        for (StrictNode r : LoadContext.list(root, "roles")) {
            String id = ctx.ruleId(r);
            Role role = LoadContext.enumValue(r.field("role"), Role.class, Role::fromKb);
            String title = r.field("title").requiredText();
            List<Citation> cite = LoadContext.cites(r.field("cite"));
            Condition when = ctx.condition(r.field("when"));
            String text = r.field("text").requiredText();
            RoleRule.ObligationsScope scope = null;
            StrictNode s = r.field("obligations_scope");
            if (s.isMapping()) {
                scope = new RoleRule.ObligationsScope(LoadContext.cites(s.field("cite")), ctx.condition(s.field("whole_when")),
                        s.field("whole").requiredText(), s.field("part").requiredText());
                s.finish();
            }
            r.finish();
            if (id != null && role != null && when != null) out.add(new RoleRule(id, role, title, cite, when, text, scope));
        }
        return out;
    }

    static List<Category.FunctionTag> functionTags(StrictNode root) {
        var out = new ArrayList<Category.FunctionTag>();
        var seen = new HashSet<String>();
        for (StrictNode t : LoadContext.list(root, "function_tags")) {
            String id = LoadContext.localId(t, seen);
            String label = t.field("label").requiredText();
            t.finish();
            if (id != null) {
                if (!id.matches("[a-z][a-z0-9_]*")) t.field("id").problem("not a tag id", "lower_snake_case");
                out.add(new Category.FunctionTag(id, label));
            }
        }
        return out;
    }

    static Set<String> categoryIds(StrictNode root) {
        var ids = new LinkedHashSet<String>();
        if (root.json().has("categories") && root.json().get("categories").isArray()) {
            for (var c : root.json().get("categories")) if (c.hasNonNull("id")) ids.add(c.get("id").asText());
        }
        return ids;
    }

    static List<Category> categories(StrictNode root, LoadContext ctx, Set<String> tags) {
        var out = new ArrayList<Category>();
        for (StrictNode c : LoadContext.list(root, "categories")) {
            String id = ctx.ruleId(c);
            Citation cite = LoadContext.cite(c.field("cite"));
            ProductClass cls = LoadContext.enumValue(c.field("class"), ProductClass.class, ProductClass::fromKb);
            if (cls == ProductClass.DEFAULT || cls == ProductClass.UNDECIDED) c.field("class").problem("not a category class", "important_class_i, important_class_ii or critical");
            String name = c.field("name").requiredText();
            String description = c.field("description").requiredText();
            List<String> examples = c.field("examples").texts();
            if (examples == null) c.field("examples").problem("missing", "a list (empty when the Implementing Regulation names none)");
            String unconfirmed = c.field("description_unconfirmed").text();
            List<String> catTags = LoadContext.textsOrEmpty(c.field("tags"));
            if (catTags.isEmpty()) c.field("tags").problem("missing", "the function tags that match this category");
            for (String t : catTags) if (!tags.contains(t)) c.field("tags").problem("unknown function tag '" + t + "'", "a tag of function_tags");
            StrictNode req = c.field("requires");
            Condition requires = req.present() ? ctx.condition(req) : null;
            List<String> keywords = LoadContext.textsOrEmpty(c.field("keywords"));
            for (String k : keywords) if (!k.equals(k.toLowerCase(Locale.ROOT))) c.field("keywords").problem("keyword '" + k + "' not lower case", "lower-case keywords");
            c.finish();
            if (id != null && cite != null && cls != null) {
                out.add(new Category(id, cite, cls, name, description, examples == null ? List.of() : examples, unconfirmed,
                        new LinkedHashSet<>(catTags), requires, keywords));
            }
        }
        return out;
    }

    static List<Route> routes(StrictNode root) {
        var out = new ArrayList<Route>();
        var seen = new HashSet<String>();
        for (StrictNode r : LoadContext.list(root, "routes")) {
            String id = LoadContext.localId(r, seen);
            String name = r.field("name").requiredText();
            List<Citation> cite = LoadContext.cites(r.field("cite"));
            Boolean nb = r.field("notified_body").bool();
            if (nb == null) r.field("notified_body").problem("missing", "true or false");
            r.finish();
            if (id != null) out.add(new Route(id, name, cite, Boolean.TRUE.equals(nb)));
        }
        return out;
    }

    static List<Route.Rule> routeRules(StrictNode root, LoadContext ctx) {
        var out = new ArrayList<Route.Rule>();
        for (StrictNode r : LoadContext.list(root, "rules")) {
            String id = ctx.ruleId(r);
            ProductClass cls = LoadContext.enumValue(r.field("class"), ProductClass.class, ProductClass::fromKb);
            String route = r.field("route").requiredText();
            List<Citation> cite = LoadContext.cites(r.field("cite"));
            StrictNode avail = r.field("available_when");
            Condition availableWhen = avail.present() ? ctx.condition(avail) : null;
            String ifUnavailable = r.field("if_unavailable").text();
            if (availableWhen != null && ifUnavailable == null) r.field("if_unavailable").problem("missing", "why the route is not available");
            Condition allowedWhen = ctx.condition(r.field("allowed_when"));
            String ifAllowed = r.field("if_allowed").text();
            String ifNotAllowed = r.field("if_not_allowed").text();
            if (ifAllowed == null && ifNotAllowed == null) r.problem("neither if_allowed nor if_not_allowed given", "at least one explanation");
            r.finish();
            if (id != null && cls != null && allowedWhen != null) {
                out.add(new Route.Rule(id, cls, route, cite, availableWhen, ifUnavailable, allowedWhen, ifAllowed, ifNotAllowed));
            }
        }
        return out;
    }
}
