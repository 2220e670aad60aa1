package dev.craft.vuln.vex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.VexState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CycloneDX VEX (1.4 to 1.6): {@code vulnerabilities[]} with {@code analysis} (state, justification, response,
 * detail) and {@code affects[]} ({@code ref}, optionally {@code versions[]} with a version or vers range and a
 * status). A ref to a component of the VEX document itself is resolved to that component's purl.
 */
final class CycloneDxVex {

    private CycloneDxVex() {}

    static List<VexStatement> read(String source, JsonNode root) {
        Map<String, String> purlByRef = new HashMap<>();
        collectPurls(root.path("metadata").path("component"), purlByRef);
        for (JsonNode c : root.path("components")) collectPurls(c, purlByRef);
        Instant docTime = VexReader.instant(VexReader.text(root.path("metadata"), "timestamp"));
        var out = new ArrayList<VexStatement>();
        JsonNode vulns = root.path("vulnerabilities");
        for (int i = 0; i < vulns.size(); i++) {
            JsonNode v = vulns.get(i);
            String where = "$.vulnerabilities[" + i + "]";
            String id = VexReader.text(v, "id");
            if (id == null || id.isBlank()) throw new InputException(new Problem(source, where + ".id", "missing", "the vulnerability id"));
            JsonNode analysis = v.path("analysis");
            if (analysis.isMissingNode()) continue; // a vulnerability without analysis states nothing about exploitability
            String stateText = analysis.path("state").asText("");
            VexState state = state(stateText, source, where + ".analysis.state");
            var aliases = new ArrayList<String>();
            for (JsonNode r : v.path("references")) if (r.path("id").isTextual()) aliases.add(r.path("id").asText());
            String justification = VexReader.text(analysis, "justification");
            String detail = VexReader.text(analysis, "detail");
            var responses = new ArrayList<String>();
            analysis.path("response").forEach(r -> responses.add(r.asText()));
            Instant time = VexReader.instant(VexReader.text(analysis, "lastUpdated"));
            if (time == null) time = VexReader.instant(VexReader.text(analysis, "firstIssued"));
            if (time == null) time = docTime;
            JsonNode affects = v.path("affects");
            if (affects.isEmpty()) {
                out.add(statement(id, aliases, VexProduct.anyProduct(), state, justification, detail, responses, source, where, time));
            }
            for (int j = 0; j < affects.size(); j++) {
                JsonNode a = affects.get(j);
                String ref = VexReader.text(a, "ref");
                if (ref == null) continue;
                var product = new VexProduct(purlByRef.getOrDefault(ref, ref.startsWith("pkg:") ? ref : null), ref, null, null, null, null, List.of());
                JsonNode versions = a.path("versions");
                if (versions.isEmpty()) {
                    out.add(statement(id, aliases, product, state, justification, detail, responses, source, where + ".affects[" + j + "]", time));
                    continue;
                }
                for (int k = 0; k < versions.size(); k++) {
                    JsonNode ver = versions.get(k);
                    VexState s = switch (ver.path("status").asText("affected")) {
                        case "unaffected" -> VexState.NOT_AFFECTED;
                        case "unknown" -> VexState.UNDER_INVESTIGATION;
                        default -> state == VexState.NOT_AFFECTED ? VexState.AFFECTED : state;
                    };
                    out.add(statement(id, aliases, product.withVersions(VexReader.text(ver, "version"), VexReader.text(ver, "range")), s,
                            s == VexState.NOT_AFFECTED ? justification : null, detail, responses, source,
                            where + ".affects[" + j + "].versions[" + k + "]", time));
                }
            }
        }
        return out;
    }

    private static VexStatement statement(String id, List<String> aliases, VexProduct product, VexState state, String justification,
            String detail, List<String> responses, String source, String where, Instant time) {
        return new VexStatement(id, aliases, List.of(product), state, justification, state == VexState.NOT_AFFECTED ? detail : null,
                state == VexState.NOT_AFFECTED ? null : detail, responses.isEmpty() ? null : String.join(", ", responses), source, where,
                "CycloneDX", time);
    }

    /** CycloneDX {@code analysis.state}: resolved and resolved_with_pedigree are fixed, false_positive is not affected. */
    static VexState state(String text, String source, String where) {
        return switch (text) {
            case "not_affected", "false_positive" -> VexState.NOT_AFFECTED;
            case "exploitable" -> VexState.AFFECTED;
            case "resolved", "resolved_with_pedigree" -> VexState.FIXED;
            case "in_triage" -> VexState.UNDER_INVESTIGATION;
            default -> throw new InputException(new Problem(source, where, "unknown analysis state '" + text + "'",
                    "resolved, resolved_with_pedigree, exploitable, in_triage, false_positive or not_affected"));
        };
    }

    private static void collectPurls(JsonNode c, Map<String, String> out) {
        if (c.isMissingNode()) return;
        String ref = VexReader.text(c, "bom-ref"), purl = VexReader.text(c, "purl");
        if (ref != null && purl != null) out.put(ref, purl);
        for (JsonNode child : c.path("components")) collectPurls(child, out);
    }
}
