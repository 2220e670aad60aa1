package dev.craft.assess;

import dev.craft.assess.profile.Profile;
import dev.craft.assess.profile.ProfileReader;
import dev.craft.kb.Citation;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.rules.Condition;
import dev.craft.kb.rules.Evaluator;
import dev.craft.kb.rules.FactDef;
import dev.craft.kb.rules.FactValue;
import dev.craft.kb.rules.Outcome;
import dev.craft.kb.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state of one assessment run: facts, evaluator, and the open questions collected by the stages. */
final class Session {

    final KnowledgeBase kb;
    final Profile profile;
    final ProfileReader.Loaded loaded;
    final LocalDate asOf;
    private final Map<String, FactValue> facts;
    private final Evaluator evaluator;
    private final Map<String, Question> questions = new LinkedHashMap<>();

    Session(KnowledgeBase kb, ProfileReader.Loaded loaded, LocalDate asOf) {
        this.kb = kb;
        this.loaded = loaded;
        this.profile = loaded.profile();
        this.asOf = asOf;
        this.facts = ProfileFacts.of(profile, kb);
        this.evaluator = new Evaluator(env(facts));
    }

    private Evaluator.Env env(Map<String, FactValue> values) {
        return new Evaluator.Env() {
            @Override
            public FactValue fact(String id) {
                FactValue v = values.get(id);
                if (v == null) throw new IllegalStateException("fact " + id + " is declared in the knowledge base but not provided by the profile mapping");
                return v;
            }

            @Override
            public Truth status(String id) {
                return kb.statusEntry(id).value();
            }

            @Override
            public Condition predicate(String id) {
                return kb.predicate(id);
            }
        };
    }

    Outcome eval(Condition c) {
        return evaluator.evaluate(c);
    }

    /** An evaluator over the facts of one collection element (e.g. one back-end), falling back to the product's facts. */
    Evaluator itemEvaluator(Map<String, FactValue> itemFacts) {
        var merged = new LinkedHashMap<>(facts);
        merged.putAll(itemFacts);
        return new Evaluator(env(merged));
    }

    void setDerived(String id, FactValue value) {
        facts.put(id, value);
    }

    FactValue fact(String id) {
        return facts.get(id);
    }

    // ---- traces ----

    Assessment.Trace trace(String rule, List<Citation> cite, Outcome o) {
        return trace(rule, cite, o, -1);
    }

    Assessment.Trace trace(String rule, List<Citation> cite, Outcome o, int item) {
        var uses = new ArrayList<Assessment.FactUse>();
        for (var e : o.facts().entrySet()) {
            FactDef def = kb.fact(e.getKey());
            uses.add(new Assessment.FactUse(e.getKey(), item >= 0 ? def.profilePath(item) : def.profilePath(), e.getValue().display()));
        }
        var status = new ArrayList<String>();
        for (String s : o.statuses()) {
            var entry = kb.statusEntry(s);
            status.add(s + " = " + display(entry.value()) + " (as of " + entry.asOf() + ", confidence " + entry.confidence() + ")");
        }
        return new Assessment.Trace(rule, cites(cite), uses, status);
    }

    static List<String> cites(List<Citation> cite) {
        return cite.stream().map(Citation::text).toList();
    }

    static Assessment.Holds holds(Truth t) {
        return switch (t) {
            case TRUE -> Assessment.Holds.TRUE;
            case FALSE -> Assessment.Holds.FALSE;
            case UNKNOWN -> Assessment.Holds.UNKNOWN;
        };
    }

    private static String display(Truth t) {
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }

    // ---- open questions ----

    /** Records the facts an unknown outcome waits for as open questions that decide {@code decides}. */
    void ask(Outcome o, String decides, boolean blocking) {
        ask(o, decides, blocking, -1);
    }

    void ask(Outcome o, String decides, boolean blocking, int item) {
        if (!o.isUnknown()) return;
        for (String fact : o.unknown()) {
            FactDef def = kb.fact(fact);
            String path = item >= 0 ? def.profilePath(item) : def.profilePath();
            ask(fact, def.question(), path, decides, blocking);
        }
    }

    /** A question that is not a plain fact (e.g. whether a mentioned category is core functionality). */
    void ask(String fact, String question, String path, String decides, boolean blocking) {
        String key = path + "|" + question;
        Question q = questions.computeIfAbsent(key, k -> new Question(fact, question, path));
        q.decides.add(decides);
        q.blocking |= blocking;
    }

    List<Assessment.OpenQuestion> questions() {
        var out = new ArrayList<Assessment.OpenQuestion>();
        for (Question q : questions.values()) if (q.blocking) out.add(q.result());
        for (Question q : questions.values()) if (!q.blocking) out.add(q.result());
        return out;
    }

    private static final class Question {
        final String fact;
        final String question;
        final String path;
        final Set<String> decides = new LinkedHashSet<>();
        boolean blocking;

        Question(String fact, String question, String path) {
            this.fact = fact;
            this.question = question;
            this.path = path;
        }

        Assessment.OpenQuestion result() {
            return new Assessment.OpenQuestion(fact, question, path, List.copyOf(decides), blocking);
        }
    }
}
