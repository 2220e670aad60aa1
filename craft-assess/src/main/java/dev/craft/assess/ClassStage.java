package dev.craft.assess;

import dev.craft.assess.Assessment.CategoryMatch;
import dev.craft.assess.Assessment.MatchStatus;
import dev.craft.assess.profile.Profile;
import dev.craft.kb.Category;
import dev.craft.kb.Citation;
import dev.craft.kb.ProductClass;
import dev.craft.kb.rules.FactValue;
import dev.craft.kb.rules.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Product class (Art 6 to 8; Annexes III and IV; IR 2025/2392): matched on the declared core functions only
 * (Art 7(1)). The highest matching class wins. A category that would raise the class but waits for a fact,
 * or that the free-text core functionality mentions without the tags settling it, makes the class UNDECIDED.
 */
final class ClassStage {

    private static final List<Citation> BASIS = List.of(new Citation("Art 7(1)"), new Citation("Art 8(1)"), new Citation("IR 2025/2392"));

    private ClassStage() {}

    static Assessment.ClassResult run(Session s) {
        Profile.Product product = s.profile.product();
        Set<String> core = product.coreFunctions();
        Set<String> other = product.otherFunctions() == null ? Set.of() : product.otherFunctions();
        var ruledOut = new java.util.HashMap<String, String>();
        for (Profile.RuledOut r : product.categoriesRuledOut()) ruledOut.put(r.category(), r.reason());
        String text = product.coreFunctionality() == null ? "" : product.coreFunctionality().toLowerCase(Locale.ROOT);

        var matches = new ArrayList<CategoryMatch>();
        ProductClass highest = ProductClass.DEFAULT;
        var matchedIds = new LinkedHashSet<String>();
        var undecidedBy = new ArrayList<CategoryMatch>();
        var possible = new java.util.HashMap<String, Outcome>();

        for (Category c : s.kb.categories()) {
            Set<String> coreHits = core == null ? Set.of() : intersect(core, c.tags());
            if (!coreHits.isEmpty()) {
                Outcome o = c.requires() == null ? Outcome.constant(true) : s.eval(c.requires());
                switch (o.truth()) {
                    case TRUE -> {
                        matches.add(match(s, c, MatchStatus.MATCHED, "Core function " + tags(coreHits) + " matches " + c.cite()
                                + (c.requires() == null ? "." : ", and the category's condition holds."), o));
                        matchedIds.add(c.id());
                        if (c.productClass().higherThan(highest)) highest = c.productClass();
                    }
                    case UNKNOWN -> {
                        var m = match(s, c, MatchStatus.POSSIBLE, "Core function " + tags(coreHits) + " matches " + c.cite()
                                + " if its condition holds; a fact is missing.", o);
                        matches.add(m);
                        undecidedBy.add(m);
                        possible.put(c.id(), o);
                    }
                    case FALSE -> { }
                }
                continue;
            }
            Set<String> otherHits = intersect(other, c.tags());
            if (!otherHits.isEmpty()) {
                matches.add(match(s, c, MatchStatus.ADDITIONAL_ONLY, "Function " + tags(otherHits) + " of " + c.cite()
                        + " is not core functionality: integrating or adding it does not make the product important or critical (Art 7(1)).",
                        Outcome.constant(false)));
                continue;
            }
            String word = mentioned(text, c.keywords());
            if (word == null) continue;
            if (ruledOut.containsKey(c.id())) {
                matches.add(match(s, c, MatchStatus.RULED_OUT, "The core-functionality text mentions '" + word + "'; ruled out in the profile: "
                        + ruledOut.get(c.id()), Outcome.constant(false)));
                continue;
            }
            var m = match(s, c, MatchStatus.MENTIONED, "The core-functionality text mentions '" + word + "' (" + c.cite()
                    + ") but no core function tag says so.", Outcome.constant(false));
            matches.add(m);
            undecidedBy.add(m);
        }

        ProductClass cls = highest;
        String summary;
        final ProductClass decided = highest;
        List<CategoryMatch> raising = undecidedBy.stream().filter(m -> m.productClass().higherThan(decided)).toList();
        for (CategoryMatch m : undecidedBy) {
            Outcome o = possible.get(m.category());
            if (o != null) s.ask(o, "class: " + m.cite(), raising.contains(m));
        }
        if (core == null) {
            cls = ProductClass.UNDECIDED;
            s.ask(s.kb.fact("product.core_functions").id(), s.kb.fact("product.core_functions").question(), "$.product.core_functions",
                    "class (Art 7(1), Annex III, Annex IV)", true);
            summary = "Undecided: the profile does not list the product's core functions.";
        } else if (!raising.isEmpty()) {
            cls = ProductClass.UNDECIDED;
            for (CategoryMatch m : raising) {
                if (m.status() == MatchStatus.MENTIONED) {
                    s.ask("product.core_functions", "Is " + m.name() + " (" + m.cite() + ") part of the product's core functionality? "
                            + "Add its tag to product.core_functions, or to product.other_functions if it is only an additional function, "
                            + "or list " + m.category() + " under product.categories_ruled_out with the reason.",
                            "$.product.core_functions", "class: " + m.cite(), true);
                }
            }
            summary = "Undecided between " + decided.label() + " and a higher class: " + String.join("; ",
                    raising.stream().map(m -> m.cite() + " (" + m.status().name().toLowerCase(Locale.ROOT) + ")").toList()) + ".";
        } else if (matchedIds.isEmpty()) {
            summary = "Default class: no core function matches a category of Annex III or Annex IV.";
        } else {
            summary = cls.label() + ": " + String.join("; ", matches.stream().filter(m -> m.status() == MatchStatus.MATCHED)
                    .map(m -> m.cite() + " (" + m.name() + ")").toList()) + ".";
        }
        s.setDerived("derived.product_class", new FactValue.Text(cls.kbName()));
        s.setDerived("derived.categories", new FactValue.TextSet(matchedIds));
        var factsUsed = new java.util.LinkedHashMap<String, FactValue>();
        factsUsed.put("product.core_functions", s.fact("product.core_functions"));
        factsUsed.put("product.other_functions", s.fact("product.other_functions"));
        Outcome basis = new Outcome(cls == ProductClass.UNDECIDED ? dev.craft.kb.rules.Truth.UNKNOWN : dev.craft.kb.rules.Truth.TRUE,
                factsUsed, Set.of(), Set.of(), Set.of());
        return new Assessment.ClassResult(cls, summary, matches, s.trace("class.core_functionality", BASIS, basis));
    }

    private static CategoryMatch match(Session s, Category c, MatchStatus status, String explanation, Outcome o) {
        var cite = new ArrayList<Citation>();
        cite.add(c.cite());
        cite.add(new Citation("IR 2025/2392"));
        return new CategoryMatch(c.id(), c.cite().text(), c.productClass(), c.name(), c.description(), c.examples(),
                c.descriptionUnconfirmed(), status, explanation, s.trace(c.id(), cite, o));
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        var out = new TreeSet<String>();
        for (String x : a) if (b.contains(x)) out.add(x);
        return out;
    }

    private static String tags(Set<String> tags) {
        return String.join(", ", tags);
    }

    /** The first keyword found as a whole word or phrase in {@code text}, or null. */
    static String mentioned(String text, List<String> keywords) {
        if (text.isEmpty()) return null;
        for (String k : keywords) {
            Pattern p = PATTERNS.computeIfAbsent(k, kw -> Pattern.compile("(?<![a-z0-9])" + Pattern.quote(kw) + "(?![a-z0-9])"));
            if (p.matcher(text).find()) return k;
        }
        return null;
    }

    private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
}
