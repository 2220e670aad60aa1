package dev.craft.vuln.vex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.vuln.VexState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 VEX: products from the {@code product_tree} (branches, full product names and relationships, with
 * {@code product_identification_helper} purl or CPE), and per vulnerability the {@code product_status} lists
 * ({@code known_not_affected}, {@code known_affected}, {@code fixed}, {@code first_fixed},
 * {@code under_investigation}), with the justification from {@code flags[].label}, the impact statement from
 * {@code threats[category=impact]} and the action statement from {@code remediations}. A relationship
 * "X default_component_of Y" becomes product Y narrowed to its component X.
 */
final class CsafVex {

    private CsafVex() {}

    static List<VexStatement> read(String source, JsonNode root) {
        Map<String, VexProduct> products = new LinkedHashMap<>();
        JsonNode tree = root.path("product_tree");
        branches(tree.path("branches"), products);
        for (JsonNode fpn : tree.path("full_product_names")) add(fpn, products);
        for (JsonNode rel : tree.path("relationships")) {
            JsonNode fpn = rel.path("full_product_name");
            String id = VexReader.text(fpn, "product_id");
            if (id == null) continue;
            VexProduct component = products.get(VexReader.text(rel, "product_reference"));
            VexProduct parent = products.get(VexReader.text(rel, "relates_to_product_reference"));
            if (parent != null && component != null) {
                products.put(id, new VexProduct(parent.purl(), parent.bomRef(), parent.cpe(), parent.name(), null, null, List.of(component)));
            } else if (component != null) {
                products.put(id, component);
            } else {
                add(fpn, products);
            }
        }
        Instant time = VexReader.instant(VexReader.text(root.path("document").path("tracking"), "current_release_date"));
        var out = new ArrayList<VexStatement>();
        JsonNode vulns = root.path("vulnerabilities");
        for (int i = 0; i < vulns.size(); i++) {
            JsonNode v = vulns.get(i);
            String where = "$.vulnerabilities[" + i + "]";
            var ids = new ArrayList<String>();
            if (VexReader.text(v, "cve") != null) ids.add(VexReader.text(v, "cve"));
            for (JsonNode id : v.path("ids")) if (id.path("text").isTextual()) ids.add(id.path("text").asText());
            if (ids.isEmpty()) continue;
            Map<String, String> justification = byProduct(v.path("flags"), "label", null);
            Map<String, String> impact = byProduct(v.path("threats"), "details", "impact");
            Map<String, String> action = byProduct(v.path("remediations"), "details", null);
            JsonNode status = v.path("product_status");
            status(status, "known_not_affected", VexState.NOT_AFFECTED, ids, products, justification, impact, action, source, where, time, out);
            status(status, "known_affected", VexState.AFFECTED, ids, products, justification, impact, action, source, where, time, out);
            status(status, "fixed", VexState.FIXED, ids, products, justification, impact, action, source, where, time, out);
            status(status, "first_fixed", VexState.FIXED, ids, products, justification, impact, action, source, where, time, out);
            status(status, "under_investigation", VexState.UNDER_INVESTIGATION, ids, products, justification, impact, action, source, where, time, out);
        }
        return out;
    }

    private static void status(JsonNode status, String list, VexState state, List<String> ids, Map<String, VexProduct> products,
            Map<String, String> justification, Map<String, String> impact, Map<String, String> action, String source, String where,
            Instant time, List<VexStatement> out) {
        JsonNode pids = status.path(list);
        for (int k = 0; k < pids.size(); k++) {
            String pid = pids.get(k).asText();
            VexProduct p = products.getOrDefault(pid, new VexProduct(null, pid, null, pid, null, null, List.of()));
            out.add(new VexStatement(ids.get(0), ids.subList(1, ids.size()), List.of(p), state,
                    state == VexState.NOT_AFFECTED ? justification.get(pid) : null, state == VexState.NOT_AFFECTED ? impact.get(pid) : null,
                    state == VexState.NOT_AFFECTED ? null : action.get(pid), null, source,
                    where + ".product_status." + list + "[" + k + "]", "CSAF", time));
        }
    }

    /** {@code field} of each entry (of {@code category}, when given), by each of its product ids. */
    private static Map<String, String> byProduct(JsonNode entries, String field, String category) {
        var out = new HashMap<String, String>();
        for (JsonNode e : entries) {
            if (category != null && !category.equals(VexReader.text(e, "category"))) continue;
            String value = VexReader.text(e, field);
            if (value == null) continue;
            for (JsonNode pid : e.path("product_ids")) out.putIfAbsent(pid.asText(), value);
        }
        return out;
    }

    private static void branches(JsonNode branches, Map<String, VexProduct> out) {
        for (JsonNode b : branches) {
            if (b.has("product")) add(b.path("product"), out);
            branches(b.path("branches"), out);
        }
    }

    private static void add(JsonNode product, Map<String, VexProduct> out) {
        String id = VexReader.text(product, "product_id");
        if (id == null) return;
        JsonNode helper = product.path("product_identification_helper");
        out.put(id, new VexProduct(VexReader.text(helper, "purl"), null, VexReader.text(helper, "cpe"), VexReader.text(product, "name"), null, null, List.of()));
    }
}
