package dev.craft.cli.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.common.Problem;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.quality.Finding;
import dev.craft.sbom.quality.ProfileResult;
import java.util.List;

/** The JSON report of {@code craft sbom check} (schema documented in docs/sbom.md). */
final class CheckJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {}

    static String render(String file, SbomReadResult read, List<ProfileResult> results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        var md = read.sbom().metadata();
        root.put("format", md.format().standard() + " " + md.format().encoding());
        root.put("specVersion", md.specVersion());
        root.put("components", read.sbom().components().size());
        ObjectNode schema = root.putObject("schema");
        schema.put("checked", read.schemaChecked());
        schema.put("valid", read.schemaErrors().isEmpty());
        schema.set("errors", problems(read.schemaErrors()));
        root.set("warnings", problems(read.warnings()));
        root.put("passed", results.stream().noneMatch(ProfileResult::mustFailed));
        ArrayNode profiles = root.putArray("profiles");
        for (ProfileResult r : results) {
            ObjectNode p = profiles.addObject();
            p.put("id", r.profile().id());
            p.put("title", r.profile().title());
            p.put("version", r.profile().version());
            p.put("score", r.score());
            p.put("passed", !r.mustFailed());
            ArrayNode rules = p.putArray("rules");
            for (var o : r.outcomes()) {
                ObjectNode n = rules.addObject();
                n.put("id", o.rule().id());
                n.put("level", o.rule().level().name());
                n.put("title", o.rule().title());
                n.put("field", o.rule().field());
                n.put("citation", o.rule().citation());
                n.put("scope", o.rule().scope());
                n.put("applicable", o.applicable());
                n.put("failed", o.failed());
                n.put("passed", o.passed());
            }
            ArrayNode findings = p.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode n = findings.addObject();
                n.put("ruleId", f.ruleId());
                n.put("level", f.level().name());
                if (f.componentRef() != null) n.put("componentRef", f.componentRef());
                if (f.component() != null) n.put("component", f.component());
                n.put("location", f.location());
                n.put("message", f.message());
                n.put("citation", f.citation());
                n.put("howToFix", f.howToFix());
            }
        }
        return write(root);
    }

    static ArrayNode problems(List<Problem> problems) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Problem p : problems) {
            ObjectNode n = a.addObject();
            n.put("location", p.location());
            n.put("message", p.message());
            if (!p.expected().isEmpty()) n.put("expected", p.expected());
        }
        return a;
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
