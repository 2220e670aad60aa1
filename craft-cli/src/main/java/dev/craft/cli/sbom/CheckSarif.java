package dev.craft.cli.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.common.Problem;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.quality.Finding;
import dev.craft.sbom.quality.Level;
import dev.craft.sbom.quality.ProfileResult;
import dev.craft.sbom.quality.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0 for GitHub code scanning: MUST = error, SHOULD = warning, MAY = note; JSON paths as logical locations. */
final class CheckSarif {

    private CheckSarif() {}

    static String render(String file, SbomReadResult read, List<ProfileResult> results) {
        ObjectNode root = CheckJson.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "craft");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        rule(rules, index, "schema-violation", "The SBOM violates the schema of its declared spec version", "Fix the document or regenerate it.", "error", "");
        for (ProfileResult r : results) {
            for (var o : r.outcomes()) {
                Rule rule = o.rule();
                rule(rules, index, rule.id(), rule.title(), rule.howToFix(), level(rule.level()), rule.citation());
            }
        }
        ArrayNode out = run.putArray("results");
        for (Problem p : read.schemaErrors()) result(out, index, "schema-violation", "error", p.message(), file, p.location());
        for (ProfileResult r : results) {
            for (Finding f : r.findings()) {
                String text = (f.component() == null ? "" : f.component() + ": ") + f.message() + " [" + f.citation() + "]";
                result(out, index, f.ruleId(), level(f.level()), text, file, f.location());
            }
        }
        return CheckJson.write(root);
    }

    private static void rule(ArrayNode rules, Map<String, Integer> index, String id, String title, String help, String level, String citation) {
        if (index.containsKey(id)) return;
        index.put(id, index.size());
        ObjectNode n = rules.addObject();
        n.put("id", id);
        n.putObject("shortDescription").put("text", title);
        n.putObject("help").put("text", help);
        n.putObject("defaultConfiguration").put("level", level);
        if (!citation.isEmpty()) n.putObject("properties").put("citation", citation);
    }

    private static void result(ArrayNode out, Map<String, Integer> index, String ruleId, String level, String text, String file, String location) {
        ObjectNode r = out.addObject();
        r.put("ruleId", ruleId);
        r.put("ruleIndex", index.get(ruleId));
        r.put("level", level);
        r.putObject("message").put("text", text);
        ObjectNode loc = r.putArray("locations").addObject();
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", file);
        if (location.startsWith("line ")) {
            String digits = location.substring(5).replaceAll("\\D.*", "");
            if (!digits.isEmpty()) physical.putObject("region").put("startLine", Integer.parseInt(digits));
        } else if (location.startsWith("$")) {
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", location).put("kind", "member");
        }
    }

    private static String level(Level l) {
        return switch (l) {
            case MUST -> "error";
            case SHOULD -> "warning";
            case MAY -> "note";
        };
    }
}
