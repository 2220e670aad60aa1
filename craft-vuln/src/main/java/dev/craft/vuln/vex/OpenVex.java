package dev.craft.vuln.vex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.VexState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenVEX 0.0.1 and 0.2.0: {@code statements[]} with {@code vulnerability} (a name, or an object with
 * {@code name} and {@code aliases}), {@code products} (purl strings, or objects with {@code @id},
 * {@code identifiers} and {@code subcomponents}), {@code status}, {@code justification},
 * {@code impact_statement}, {@code action_statement} and {@code timestamp} (the document's when absent).
 */
final class OpenVex {

    private OpenVex() {}

    static List<VexStatement> read(String source, JsonNode root) {
        Instant docTime = VexReader.instant(VexReader.text(root, "timestamp"));
        var out = new ArrayList<VexStatement>();
        JsonNode statements = root.path("statements");
        if (!statements.isArray()) throw new InputException(new Problem(source, "$.statements", "missing", "an array of OpenVEX statements"));
        for (int i = 0; i < statements.size(); i++) {
            JsonNode s = statements.get(i);
            String where = "$.statements[" + i + "]";
            JsonNode vuln = s.path("vulnerability");
            String id = vuln.isTextual() ? vuln.asText() : VexReader.text(vuln, "name");
            if (id == null || id.isBlank()) id = VexReader.text(vuln, "@id");
            if (id == null || id.isBlank()) throw new InputException(new Problem(source, where + ".vulnerability", "missing", "a vulnerability name"));
            var aliases = new ArrayList<String>();
            vuln.path("aliases").forEach(a -> aliases.add(a.asText()));
            var statementSubs = new ArrayList<VexProduct>();
            s.path("subcomponents").forEach(sc -> statementSubs.add(product(sc, List.of())));
            var products = new ArrayList<VexProduct>();
            for (JsonNode p : s.path("products")) products.add(product(p, statementSubs));
            if (products.isEmpty()) throw new InputException(new Problem(source, where + ".products", "missing", "at least one product"));
            String statusText = s.path("status").asText("");
            VexState state = switch (statusText) {
                case "not_affected" -> VexState.NOT_AFFECTED;
                case "affected" -> VexState.AFFECTED;
                case "fixed" -> VexState.FIXED;
                case "under_investigation" -> VexState.UNDER_INVESTIGATION;
                default -> throw new InputException(new Problem(source, where + ".status", "unknown status '" + statusText + "'",
                        "not_affected, affected, fixed or under_investigation"));
            };
            Instant time = VexReader.instant(VexReader.text(s, "timestamp"));
            out.add(new VexStatement(id, aliases, products, state, VexReader.text(s, "justification"), VexReader.text(s, "impact_statement"),
                    VexReader.text(s, "action_statement"), null, source, where, "OpenVEX", time == null ? docTime : time));
        }
        return out;
    }

    private static VexProduct product(JsonNode p, List<VexProduct> inheritedSubs) {
        if (p.isTextual()) return identify(p.asText(), null, null, inheritedSubs);
        JsonNode ids = p.path("identifiers");
        var subs = new ArrayList<>(inheritedSubs);
        p.path("subcomponents").forEach(sc -> subs.add(product(sc, List.of())));
        return identify(VexReader.text(p, "@id"), VexReader.text(ids, "purl"), VexReader.text(ids, "cpe23") != null
                ? VexReader.text(ids, "cpe23") : VexReader.text(ids, "cpe22"), subs);
    }

    private static VexProduct identify(String id, String purl, String cpe, List<VexProduct> subs) {
        String p = purl != null ? purl : id != null && id.startsWith("pkg:") ? id : null;
        String c = cpe != null ? cpe : id != null && id.startsWith("cpe:") ? id : null;
        return new VexProduct(p, id, c, id, null, null, subs);
    }
}
