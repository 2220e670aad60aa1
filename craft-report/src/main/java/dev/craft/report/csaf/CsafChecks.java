package dev.craft.report.csaf;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The CSAF 2.0 mandatory tests (section 6.1) that apply to the documents craft writes, run on any CSAF JSON.
 * craft runs them on every advisory before handing it out; the conformance test runs them on the OASIS TC's test
 * files. Tests not listed in {@link #IMPLEMENTED} (CVSS computation, translations, VEX profile...) concern content
 * craft never writes.
 */
public final class CsafChecks {

    /** A failed test: its id, where, and what. */
    public record Violation(String test, String path, String message) {}

    /** The test ids implemented here. */
    public static final Set<String> IMPLEMENTED = Set.of("6.1.1", "6.1.2", "6.1.6", "6.1.13", "6.1.14", "6.1.16", "6.1.17",
            "6.1.18", "6.1.19", "6.1.20", "6.1.22", "6.1.23", "6.1.27.1", "6.1.27.2", "6.1.27.3", "6.1.27.4", "6.1.27.5",
            "6.1.27.6", "6.1.27.11", "6.1.29");

    private static final Map<String, BiConsumer<JsonNode, List<Violation>>> TESTS = new LinkedHashMap<>();

    static {
        TESTS.put("6.1.1", CsafChecks::missingProductIds);
        TESTS.put("6.1.2", CsafChecks::multipleProductIds);
        TESTS.put("6.1.6", CsafChecks::contradictingStatus);
        TESTS.put("6.1.13", CsafChecks::purls);
        TESTS.put("6.1.14", CsafChecks::sortedRevisionHistory);
        TESTS.put("6.1.16", CsafChecks::latestVersion);
        TESTS.put("6.1.17", CsafChecks::statusDraft);
        TESTS.put("6.1.18", CsafChecks::releasedRevisionHistory);
        TESTS.put("6.1.19", CsafChecks::preReleaseRevisions);
        TESTS.put("6.1.20", CsafChecks::nonDraftVersion);
        TESTS.put("6.1.22", CsafChecks::duplicateRevisions);
        TESTS.put("6.1.23", CsafChecks::duplicateCves);
        TESTS.put("6.1.27.1", CsafChecks::documentNotes);
        TESTS.put("6.1.27.2", CsafChecks::documentReferences);
        TESTS.put("6.1.27.3", (d, v) -> { if (is(d, "csaf_informational_advisory") && d.has("vulnerabilities")) v.add(new Violation("6.1.27.3", "/vulnerabilities", "an informational advisory has no vulnerabilities")); });
        TESTS.put("6.1.27.4", (d, v) -> { if (is(d, "csaf_security_advisory", "csaf_vex") && !d.has("product_tree")) v.add(new Violation("6.1.27.4", "/product_tree", "missing (required by the profile)")); });
        TESTS.put("6.1.27.5", (d, v) -> eachVuln(d, "csaf_security_advisory", "csaf_vex", "notes", "6.1.27.5", v));
        TESTS.put("6.1.27.6", (d, v) -> eachVuln(d, "csaf_security_advisory", null, "product_status", "6.1.27.6", v));
        TESTS.put("6.1.27.11", (d, v) -> { if (is(d, "csaf_security_advisory", "csaf_vex") && d.path("vulnerabilities").isEmpty()) v.add(new Violation("6.1.27.11", "/vulnerabilities", "missing (required by the profile)")); });
        TESTS.put("6.1.29", CsafChecks::remediationsReferenceProducts);
    }

    private CsafChecks() {}

    /** Runs every implemented test. */
    public static List<Violation> check(JsonNode doc) {
        var out = new ArrayList<Violation>();
        TESTS.values().forEach(t -> t.accept(doc, out));
        return out;
    }

    /** Runs one test. */
    public static List<Violation> check(JsonNode doc, String testId) {
        var t = TESTS.get(testId);
        if (t == null) throw new IllegalArgumentException("test " + testId + " is not implemented");
        var out = new ArrayList<Violation>();
        t.accept(doc, out);
        return out;
    }

    // --- product ids -----------------------------------------------------------------------------------------

    private static void definitions(JsonNode node, String path, Map<String, List<String>> defs) {
        if (node.isObject()) {
            JsonNode product = node.get("product");
            if (product != null && product.has("product_id")) add(defs, product.get("product_id").asText(), path + "/product");
            JsonNode fpn = node.get("full_product_name");
            if (fpn != null && fpn.has("product_id")) add(defs, fpn.get("product_id").asText(), path + "/full_product_name");
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("full_product_names")) {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        add(defs, e.getValue().get(i).path("product_id").asText(), path + "/full_product_names/" + i);
                    }
                } else {
                    definitions(e.getValue(), path + "/" + e.getKey(), defs);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) definitions(node.get(i), path + "/" + i, defs);
        }
    }

    private static void add(Map<String, List<String>> m, String k, String v) {
        m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }

    private static void missingProductIds(JsonNode d, List<Violation> v) {
        var defs = new HashMap<String, List<String>>();
        definitions(d.path("product_tree"), "/product_tree", defs);
        var refs = new LinkedHashMap<String, List<String>>();
        JsonNode tree = d.path("product_tree");
        arrayItems(tree.path("product_groups"), "/product_tree/product_groups", (g, p) -> strings(g.path("product_ids"), p + "/product_ids", refs));
        arrayItems(tree.path("relationships"), "/product_tree/relationships", (r, p) -> {
            strings(r.path("product_reference"), p + "/product_reference", refs);
            strings(r.path("relates_to_product_reference"), p + "/relates_to_product_reference", refs);
        });
        arrayItems(d.path("vulnerabilities"), "/vulnerabilities", (vuln, p) -> {
            vuln.path("product_status").fields().forEachRemaining(e -> strings(e.getValue(), p + "/product_status/" + e.getKey(), refs));
            for (String key : List.of("remediations", "threats", "flags")) {
                arrayItems(vuln.path(key), p + "/" + key, (x, q) -> strings(x.path("product_ids"), q + "/product_ids", refs));
            }
            arrayItems(vuln.path("scores"), p + "/scores", (x, q) -> strings(x.path("products"), q + "/products", refs));
        });
        refs.forEach((id, paths) -> {
            if (!defs.containsKey(id)) v.add(new Violation("6.1.1", paths.get(0), "product id " + id + " is not defined in the product tree"));
        });
    }

    private static void multipleProductIds(JsonNode d, List<Violation> v) {
        var defs = new HashMap<String, List<String>>();
        definitions(d.path("product_tree"), "/product_tree", defs);
        defs.forEach((id, paths) -> {
            if (paths.size() > 1) v.add(new Violation("6.1.2", paths.get(1), "product id " + id + " is defined " + paths.size() + " times"));
        });
    }

    private static void contradictingStatus(JsonNode d, List<Violation> v) {
        Map<String, String> group = Map.of("first_affected", "affected", "known_affected", "affected", "last_affected", "affected",
                "known_not_affected", "not affected", "first_fixed", "fixed", "fixed", "fixed", "under_investigation", "under investigation");
        arrayItems(d.path("vulnerabilities"), "/vulnerabilities", (vuln, p) -> {
            var seen = new HashMap<String, String>();
            vuln.path("product_status").fields().forEachRemaining(e -> {
                String g = group.get(e.getKey());
                if (g == null) return;
                for (JsonNode id : e.getValue()) {
                    String prev = seen.putIfAbsent(id.asText(), g);
                    if (prev != null && !prev.equals(g)) {
                        v.add(new Violation("6.1.6", p + "/product_status/" + e.getKey(), "product " + id.asText() + " is both " + prev + " and " + g));
                    }
                }
            });
        });
    }

    private static void purls(JsonNode d, List<Violation> v) {
        walk(d.path("product_tree"), "/product_tree", (n, p) -> {
            JsonNode purl = n.path("product_identification_helper").path("purl");
            if (purl.isTextual()) {
                try {
                    new PackageURL(purl.asText());
                } catch (MalformedPackageURLException | RuntimeException e) {
                    v.add(new Violation("6.1.13", p + "/product_identification_helper/purl", "invalid purl: " + e.getMessage()));
                }
            }
        });
    }

    // --- tracking and revision history ---------------------------------------------------------------------------

    private record Rev(String number, Instant date) {}

    private static List<Rev> revisions(JsonNode d) {
        var out = new ArrayList<Rev>();
        for (JsonNode r : d.path("document").path("tracking").path("revision_history")) {
            try {
                out.add(new Rev(r.path("number").asText(), Instant.parse(r.path("date").asText())));
            } catch (DateTimeParseException e) {
                out.add(new Rev(r.path("number").asText(), Instant.MIN));
            }
        }
        return out;
    }

    private static List<Rev> byDate(JsonNode d) {
        var list = revisions(d);
        list.sort(Comparator.comparing(Rev::date).thenComparing(Rev::number, DocumentVersion::compare));
        return list;
    }

    private static void sortedRevisionHistory(JsonNode d, List<Violation> v) {
        List<Rev> sorted = byDate(d);
        for (int i = 1; i < sorted.size(); i++) {
            if (DocumentVersion.compare(sorted.get(i - 1).number(), sorted.get(i).number()) > 0) {
                v.add(new Violation("6.1.14", "/document/tracking/revision_history", "revision " + sorted.get(i - 1).number()
                        + " is dated after revision " + sorted.get(i).number()));
                return;
            }
        }
    }

    private static void latestVersion(JsonNode d, List<Violation> v) {
        List<Rev> sorted = byDate(d);
        if (sorted.isEmpty()) return;
        boolean draft = status(d).equals("draft");
        String last = DocumentVersion.core(sorted.get(sorted.size() - 1).number(), draft);
        String version = DocumentVersion.core(d.path("document").path("tracking").path("version").asText(), draft);
        if (!last.equals(version)) {
            v.add(new Violation("6.1.16", "/document/tracking/version", "version " + version + " is not the latest revision " + last));
        }
    }

    private static void statusDraft(JsonNode d, List<Violation> v) {
        String version = d.path("document").path("tracking").path("version").asText();
        if ((DocumentVersion.isZero(version) || DocumentVersion.isPreRelease(version)) && !status(d).equals("draft")) {
            v.add(new Violation("6.1.17", "/document/tracking/status", "version " + version + " requires status draft"));
        }
    }

    private static void releasedRevisionHistory(JsonNode d, List<Violation> v) {
        if (!isReleased(d)) return;
        for (Rev r : revisions(d)) {
            if (DocumentVersion.isZero(r.number())) {
                v.add(new Violation("6.1.18", "/document/tracking/revision_history", "a " + status(d) + " document lists revision " + r.number()));
            }
        }
    }

    private static void preReleaseRevisions(JsonNode d, List<Violation> v) {
        for (Rev r : revisions(d)) {
            if (DocumentVersion.isPreRelease(r.number())) {
                v.add(new Violation("6.1.19", "/document/tracking/revision_history", "revision " + r.number() + " is a pre-release"));
            }
        }
    }

    private static void nonDraftVersion(JsonNode d, List<Violation> v) {
        String version = d.path("document").path("tracking").path("version").asText();
        if (isReleased(d) && DocumentVersion.isPreRelease(version)) {
            v.add(new Violation("6.1.20", "/document/tracking/version", "a " + status(d) + " document has pre-release version " + version));
        }
    }

    private static void duplicateRevisions(JsonNode d, List<Violation> v) {
        var seen = new HashSet<String>();
        for (Rev r : revisions(d)) {
            if (!seen.add(r.number())) v.add(new Violation("6.1.22", "/document/tracking/revision_history", "revision " + r.number() + " appears twice"));
        }
    }

    private static void duplicateCves(JsonNode d, List<Violation> v) {
        var seen = new HashSet<String>();
        arrayItems(d.path("vulnerabilities"), "/vulnerabilities", (x, p) -> {
            if (x.has("cve") && !seen.add(x.get("cve").asText())) v.add(new Violation("6.1.23", p + "/cve", x.get("cve").asText() + " is used twice"));
        });
    }

    // --- profiles ---------------------------------------------------------------------------------------------

    private static void documentNotes(JsonNode d, List<Violation> v) {
        if (!is(d, "csaf_informational_advisory", "csaf_security_incident_response")) return;
        for (JsonNode n : d.path("document").path("notes")) {
            if (Set.of("description", "details", "general", "summary").contains(n.path("category").asText())) return;
        }
        v.add(new Violation("6.1.27.1", "/document/notes", "needs a note of category description, details, general or summary"));
    }

    private static void documentReferences(JsonNode d, List<Violation> v) {
        if (!is(d, "csaf_informational_advisory", "csaf_security_incident_response")) return;
        for (JsonNode r : d.path("document").path("references")) {
            if (r.path("category").asText().equals("external")) return;
        }
        v.add(new Violation("6.1.27.2", "/document/references", "needs a reference of category external"));
    }

    private static void eachVuln(JsonNode d, String p1, String p2, String field, String test, List<Violation> v) {
        if (!is(d, p1, p2)) return;
        arrayItems(d.path("vulnerabilities"), "/vulnerabilities", (x, p) -> {
            if (!x.has(field)) v.add(new Violation(test, p + "/" + field, "missing (required by the profile)"));
        });
    }

    private static void remediationsReferenceProducts(JsonNode d, List<Violation> v) {
        arrayItems(d.path("vulnerabilities"), "/vulnerabilities", (x, p) -> arrayItems(x.path("remediations"), p + "/remediations", (r, q) -> {
            if (!r.has("product_ids") && !r.has("group_ids")) v.add(new Violation("6.1.29", q, "a remediation names no product or group"));
        }));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static boolean is(JsonNode d, String c1, String... more) {
        String c = d.path("document").path("category").asText();
        if (c.equals(c1)) return true;
        for (String m : more) if (m != null && c.equals(m)) return true;
        return false;
    }

    private static String status(JsonNode d) {
        return d.path("document").path("tracking").path("status").asText();
    }

    private static boolean isReleased(JsonNode d) {
        return status(d).equals("final") || status(d).equals("interim");
    }

    private static void arrayItems(JsonNode array, String path, BiConsumer<JsonNode, String> each) {
        for (int i = 0; i < array.size(); i++) each.accept(array.get(i), path + "/" + i);
    }

    private static void strings(JsonNode node, String path, Map<String, List<String>> into) {
        if (node.isTextual()) add(into, node.asText(), path);
        else for (int i = 0; i < node.size(); i++) add(into, node.get(i).asText(), path + "/" + i);
    }

    private static void walk(JsonNode node, String path, BiConsumer<JsonNode, String> visit) {
        if (node.isObject()) {
            visit.accept(node, path);
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "/" + e.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "/" + i, visit);
        }
    }
}
