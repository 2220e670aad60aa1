package dev.craft.kb;

import dev.craft.kb.rules.FactDef;
import dev.craft.kb.rules.FactType;
import dev.craft.kb.rules.Truth;
import dev.craft.kb.yaml.StrictNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsers of the manifest, facts, dates, status table and predicates. */
final class BasicSections {

    private static final Set<String> CONFIDENCE = Set.of("2+", "1", "unconfirmed");

    private BasicSections() {}

    static Manifest manifest(StrictNode root) {
        String kb = root.field("kb").requiredText();
        String version = root.field("version").requiredText();
        LocalDate date = required(root.field("date"));
        String regulation = root.field("regulation").requiredText();
        String legalText = root.field("legal_text").requiredText();
        var sources = new ArrayList<Manifest.Source>();
        for (StrictNode s : LoadContext.list(root, "sources")) {
            sources.add(new Manifest.Source(s.field("id").requiredText(), s.field("title").requiredText()));
            s.finish();
        }
        List<String> files = LoadContext.textsOrEmpty(root.field("files"));
        if (files.isEmpty()) root.field("files").problem("missing", "the list of knowledge-base files");
        root.finish();
        return new Manifest(kb, version, date, regulation, legalText, sources, files);
    }

    static Map<String, FactDef> facts(StrictNode root, Map<String, Set<String>> vocabularies) {
        var facts = new LinkedHashMap<String, FactDef>();
        for (StrictNode f : LoadContext.list(root, "facts")) {
            String id = f.field("id").requiredText();
            FactType type = LoadContext.enumValue(f.field("type"), FactType.class, FactType::parse);
            List<String> values = f.field("values").texts();
            String vocabulary = f.field("vocabulary").text();
            String question = f.field("question").requiredText();
            String profilePath = f.field("profile_path").requiredText();
            String collection = f.field("collection").text();
            List<String> derivedFrom = LoadContext.textsOrEmpty(f.field("derived_from"));
            f.finish();
            if (id == null || type == null || question == null || profilePath == null) continue;
            if (facts.containsKey(id)) {
                f.field("id").problem("duplicate fact '" + id + "'", "a unique id");
                continue;
            }
            if (!profilePath.startsWith("$.")) f.field("profile_path").problem("not a JSON path", "a path like $.product.kind");
            Set<String> allowed = new LinkedHashSet<>();
            boolean enumerated = type == FactType.ENUM || type == FactType.ENUM_SET;
            if (enumerated) {
                if (values != null && vocabulary != null) f.problem("both values and vocabulary given", "one of them");
                if (values != null) allowed.addAll(values);
                else if (vocabulary != null) {
                    Set<String> vocab = vocabularies.get(vocabulary);
                    if (vocab == null) f.field("vocabulary").problem("unknown vocabulary '" + vocabulary + "'", "one of " + vocabularies.keySet());
                    else allowed.addAll(vocab);
                } else {
                    f.problem("an enumerated fact needs values or a vocabulary", "values: [...] or vocabulary: NAME");
                }
            } else if (values != null || vocabulary != null) {
                f.problem("values are only allowed for enum and enum_set facts", "no values for a " + type.kbName() + " fact");
            }
            if (collection != null && !profilePath.contains("[*]")) {
                f.field("profile_path").problem("a collection fact's path must contain [*]", "e.g. $.product.remote_processing[*].x");
            }
            facts.put(id, new FactDef(id, type, allowed, question, profilePath, collection, derivedFrom));
        }
        root.finish();
        return facts;
    }

    static List<KbDate> dates(StrictNode root) {
        var out = new ArrayList<KbDate>();
        var seen = new HashSet<String>();
        for (StrictNode d : LoadContext.list(root, "dates")) {
            String id = LoadContext.localId(d, seen);
            LocalDate date = required(d.field("date"));
            String label = d.field("label").requiredText();
            List<Citation> cite = LoadContext.cites(d.field("cite"));
            String note = d.field("note").text();
            d.finish();
            if (id != null && date != null) out.add(new KbDate(id, date, label, cite, note));
        }
        root.finish();
        return out;
    }

    static List<StatusEntry> status(StrictNode root) {
        var out = new ArrayList<StatusEntry>();
        var seen = new HashSet<String>();
        for (StrictNode s : LoadContext.list(root, "status")) {
            String id = LoadContext.localId(s, seen);
            String topic = s.field("topic").requiredText();
            Truth value = statusValue(s.field("value"));
            LocalDate asOf = required(s.field("as_of"));
            String source = s.field("source").requiredText();
            String confidence = s.field("confidence").requiredText();
            if (confidence != null && !CONFIDENCE.contains(confidence)) {
                s.field("confidence").problem("unknown confidence tag '" + confidence + "'", "one of " + CONFIDENCE);
            }
            List<Citation> cite = LoadContext.cites(s.field("cite"));
            String note = s.field("note").text();
            s.finish();
            if (id != null && value != null && asOf != null) out.add(new StatusEntry(id, topic, value, asOf, source, confidence, cite, note));
        }
        root.finish();
        return out;
    }

    static Set<String> predicateIds(StrictNode root) {
        var ids = new LinkedHashSet<String>();
        List<StrictNode> items = root.json().has("predicates") && root.json().get("predicates").isArray()
                ? LoadContext.list(root, "predicates") : List.of();
        for (StrictNode p : items) {
            if (p.json().isObject() && p.json().hasNonNull("id")) ids.add(p.json().get("id").asText());
        }
        return ids;
    }

    static List<Predicate> predicates(StrictNode root, LoadContext ctx) {
        var out = new ArrayList<Predicate>();
        for (StrictNode p : LoadContext.list(root, "predicates")) {
            String id = ctx.ruleId(p);
            String description = p.field("description").requiredText();
            List<Citation> cite = LoadContext.cites(p.field("cite"));
            var when = ctx.condition(p.field("when"));
            p.finish();
            if (id != null && when != null) out.add(new Predicate(id, description, cite, when));
        }
        root.finish();
        return out;
    }

    private static Truth statusValue(StrictNode node) {
        if (!node.present()) {
            node.problem("missing", "true, false or unknown");
            return null;
        }
        if (node.json().isBoolean()) return Truth.of(node.json().asBoolean());
        if (node.json().isTextual() && node.json().asText().equals("unknown")) return Truth.UNKNOWN;
        node.problem("not a status value", "true, false or unknown");
        return null;
    }

    static LocalDate required(StrictNode node) {
        if (!node.present()) {
            node.problem("missing", "a date YYYY-MM-DD");
            return null;
        }
        return node.date();
    }
}
