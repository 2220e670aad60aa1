package dev.craft.kb;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.kb.rules.ConditionParser;
import dev.craft.kb.rules.FactDef;
import dev.craft.kb.yaml.Problems;
import dev.craft.kb.yaml.StrictNode;
import dev.craft.kb.yaml.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the knowledge base from its YAML files and validates it completely before anyone may use it:
 * unknown fields, ids, citations, dates, fact tests against fact types, references between files, the
 * coverage of the Annexes. Every problem is reported with its file and JSON path, all at once.
 *
 * <pre>
 * KnowledgeBase kb = KnowledgeBaseLoader.standard();          // the files shipped in this jar
 * KnowledgeBase draft = KnowledgeBaseLoader.load(Path.of("kb")); // a folder with manifest.yaml (tests, reviews)
 * </pre>
 */
public final class KnowledgeBaseLoader {

    static final String RESOURCE_BASE = "/dev/craft/kb/cra/";
    private static volatile KnowledgeBase standard;

    private KnowledgeBaseLoader() {}

    /** The knowledge base shipped with this build (loaded once). */
    public static KnowledgeBase standard() {
        KnowledgeBase kb = standard;
        if (kb == null) {
            synchronized (KnowledgeBaseLoader.class) {
                kb = standard;
                if (kb == null) standard = kb = load(KnowledgeBaseLoader::resource);
            }
        }
        return kb;
    }

    /** Loads a knowledge base from a folder holding {@code manifest.yaml} and the files it lists. */
    public static KnowledgeBase load(Path dir) {
        return load(name -> {
            try {
                return Files.readAllBytes(dir.resolve(name));
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    interface FileSource {
        /** The bytes of a file, or null if it does not exist. */
        byte[] read(String name);
    }

    private static byte[] resource(String name) {
        try (InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(RESOURCE_BASE + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnowledgeBase load(FileSource files) {
        var allProblems = new ArrayList<Problem>();
        Map<String, StrictNode> roots = new LinkedHashMap<>();
        StrictNode manifestRoot = parse("manifest.yaml", files, allProblems);
        if (manifestRoot == null) throw new KnowledgeBaseException(allProblems);
        Manifest manifest = BasicSections.manifest(manifestRoot);
        // Parsing dominates a cold start (the YAML scanner runs interpreted): parse the files in parallel, keep their order.
        var parsed = manifest.files().parallelStream().map(name -> {
            var problems = new ArrayList<Problem>();
            return new Parsed(name, parse(name, files, problems), problems);
        }).toList();
        for (Parsed p : parsed) {
            allProblems.addAll(p.problems());
            if (p.root() != null) roots.put(p.name(), p.root());
        }
        if (!allProblems.isEmpty() || !manifestRoot.problems().isEmpty()) {
            allProblems.addAll(manifestRoot.problems().list());
            throw new KnowledgeBaseException(allProblems);
        }
        for (String required : List.of("facts.yaml", "dates.yaml", "status.yaml", "predicates.yaml", "scope.yaml",
                "exclusions.yaml", "rdps.yaml", "roles.yaml", "categories.yaml", "routes.yaml", "penalties.yaml",
                "obligations.yaml", "retention.yaml", "reporting.yaml", "findings.yaml", "unsettled.yaml")) {
            if (!roots.containsKey(required)) {
                allProblems.add(new Problem("manifest.yaml", "$.files", "required file " + required + " is not listed", required));
            }
        }
        if (!allProblems.isEmpty()) throw new KnowledgeBaseException(allProblems);

        var ctx = new LoadContext();
        // Vocabularies first: the function tags and category ids that enum-set facts refer to.
        StrictNode categoriesRoot = roots.get("categories.yaml");
        var vocabularies = new LinkedHashMap<String, Set<String>>();
        var functionTags = RuleSections.functionTags(categoriesRoot);
        vocabularies.put("function_tags", new HashSet<>(functionTags.stream().map(Category.FunctionTag::id).toList()));
        vocabularies.put("category_ids", RuleSections.categoryIds(categoriesRoot));
        Map<String, FactDef> facts = BasicSections.facts(roots.get("facts.yaml"), vocabularies);
        var dates = BasicSections.dates(roots.get("dates.yaml"));
        var status = BasicSections.status(roots.get("status.yaml"));
        var dateMap = new LinkedHashMap<String, java.time.LocalDate>();
        for (KbDate d : dates) dateMap.put(d.id(), d.date());
        var statusIds = new HashSet<String>();
        for (StatusEntry s : status) statusIds.add(s.id());
        StrictNode predicatesRoot = roots.get("predicates.yaml");
        ctx.conditions = new ConditionParser(facts, dateMap, statusIds, BasicSections.predicateIds(predicatesRoot));
        var predicates = BasicSections.predicates(predicatesRoot, ctx);

        StrictNode scope = roots.get("scope.yaml");
        var memberStates = RuleSections.memberStates(scope);
        var gates = RuleSections.gates(scope, ctx);
        var scopeNotes = RuleSections.notes(scope, "notes", ctx);
        scope.finish();
        var exclusions = RuleSections.notes(roots.get("exclusions.yaml"), "exclusions", ctx);
        roots.get("exclusions.yaml").finish();
        var rdps = RuleSections.rdps(roots.get("rdps.yaml"), ctx);
        StrictNode rolesRoot = roots.get("roles.yaml");
        var roleRules = RuleSections.roleRules(rolesRoot, ctx);
        var roleNotes = RuleSections.notes(rolesRoot, "notes", ctx);
        rolesRoot.finish();
        var categories = RuleSections.categories(categoriesRoot, ctx, vocabularies.get("function_tags"));
        categoriesRoot.finish();
        var routesRoot = roots.get("routes.yaml");
        var routes = RuleSections.routes(routesRoot);
        var routeRules = RuleSections.routeRules(routesRoot, ctx);
        routesRoot.finish();
        var penalties = CatalogueSections.penalties(roots.get("penalties.yaml"), ctx);
        var obligations = CatalogueSections.obligations(roots.get("obligations.yaml"), ctx, dateMap);
        var retention = CatalogueSections.retention(roots.get("retention.yaml"), ctx);
        var reporting = CatalogueSections.reporting(roots.get("reporting.yaml"));
        var findings = CatalogueSections.findings(roots.get("findings.yaml"), ctx);
        var unsettled = CatalogueSections.unsettled(roots.get("unsettled.yaml"), ctx);

        for (StrictNode root : roots.values()) allProblems.addAll(root.problems().list());
        allProblems.addAll(manifestRoot.problems().list());
        if (!allProblems.isEmpty()) throw new KnowledgeBaseException(allProblems);

        var kb = new KnowledgeBase(manifest, facts, dates, status, predicates, gates, exclusions, scopeNotes,
                rdps.collection(), rdps.definition(), rdps.overrides(), roleRules, roleNotes, functionTags, categories,
                routes, routeRules, penalties, obligations, retention, reporting, findings, unsettled, memberStates);
        List<Problem> crossProblems = KbChecks.check(kb);
        if (!crossProblems.isEmpty()) throw new KnowledgeBaseException(crossProblems);
        return kb;
    }

    private record Parsed(String name, StrictNode root, List<Problem> problems) {}

    private static StrictNode parse(String name, FileSource files, List<Problem> problems) {
        byte[] bytes = files.read(name);
        if (bytes == null) {
            problems.add(new Problem(name, "", "file is missing", "a knowledge-base file listed in manifest.yaml"));
            return null;
        }
        try {
            StrictNode root = StrictNode.root(Trees.read(name, bytes, false), new Problems(name));
            if (!root.requireMapping()) {
                problems.addAll(root.problems().list());
                return null;
            }
            return root;
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
