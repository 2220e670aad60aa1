package dev.craft.vuln.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.vuln.ComponentRef;
import dev.craft.vuln.CvssScore;
import dev.craft.vuln.Exploited;
import dev.craft.vuln.Finding;
import dev.craft.vuln.MatchExplanation;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.VexApplied;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A CycloneDX 1.6 vulnerability disclosure report: the product as {@code metadata.component}, the affected components
 * with the SBOM's own bom-refs, and one {@code vulnerabilities[]} entry per finding whose {@code affects[].ref}
 * points at the component's bom-ref, so that the report can be read next to the SBOM. VEX statements become
 * {@code analysis}; exploitation, EPSS and the match explanation become {@code craft:} properties. The serial number
 * is derived from the SBOM name and scan time, so the same scan gives the same report.
 */
final class VdrWriter {

    private static final Set<String> CDX_JUSTIFICATIONS = Set.of("code_not_present", "code_not_reachable", "requires_configuration",
            "requires_dependency", "requires_environment", "protected_by_compiler", "protected_at_runtime", "protected_at_perimeter",
            "protected_by_mitigating_control");
    private static final Set<String> CDX_RESPONSES = Set.of("can_not_fix", "will_not_fix", "update", "rollback", "workaround_available");

    private VdrWriter() {}

    static void write(ScanResult r, Writer out, String craftVersion) throws IOException {
        ObjectNode root = JsonWriter.MAPPER.createObjectNode();
        root.put("bomFormat", "CycloneDX");
        root.put("specVersion", "1.6");
        root.put("serialNumber", "urn:uuid:" + UUID.nameUUIDFromBytes((r.sbom() + "|" + r.scannedAt()).getBytes(StandardCharsets.UTF_8)));
        root.put("version", 1);
        ObjectNode meta = root.putObject("metadata");
        meta.put("timestamp", r.scannedAt().toString());
        ObjectNode tool = meta.putObject("tools").putArray("components").addObject();
        tool.put("type", "application");
        tool.put("name", "craft");
        tool.put("version", craftVersion);
        if (r.product() != null) meta.set("component", component(r.product(), "application"));
        ArrayNode components = root.putArray("components");
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            if (seen.putIfAbsent(f.component().ref(), true) == null && (r.product() == null || !r.product().ref().equals(f.component().ref()))) {
                components.add(component(f.component(), "library"));
            }
        }
        ArrayNode vulns = root.putArray("vulnerabilities");
        int i = 0;
        for (Finding f : r.findings()) vulns.add(vulnerability(f, ++i));
        JsonWriter.MAPPER.writeValue(new JsonWriter.NonClosingWriter(out), root);
        out.write('\n');
    }

    private static ObjectNode vulnerability(Finding f, int n) {
        ObjectNode v = JsonWriter.MAPPER.createObjectNode();
        v.put("bom-ref", "craft:finding:" + n);
        v.put("id", f.vulnerabilityId());
        ObjectNode source = v.putObject("source");
        source.put("name", sourceName(f.vulnerabilityId()));
        if (!f.references().isEmpty()) source.put("url", f.references().get(0));
        ArrayNode refs = v.putArray("references");
        for (String alias : f.aliases()) {
            ObjectNode ref = refs.addObject();
            ref.put("id", alias);
            ref.putObject("source").put("name", sourceName(alias));
        }
        ArrayNode ratings = v.putArray("ratings");
        for (CvssScore c : f.cvss()) {
            ObjectNode rating = ratings.addObject();
            rating.put("score", c.baseScore());
            rating.put("severity", c.level().label());
            rating.put("method", switch (c.version()) {
                case "4.0" -> "CVSSv4";
                case "3.1" -> "CVSSv31";
                case "2.0" -> "CVSSv2";
                default -> "CVSSv3";
            });
            if (c.vector() != null) rating.put("vector", c.vector());
            rating.putObject("source").put("name", c.source());
        }
        if (f.cvss().isEmpty()) {
            ObjectNode rating = ratings.addObject();
            rating.put("severity", f.severity().label());
            rating.put("method", "other");
        }
        if (f.summary() != null) v.put("description", f.summary());
        if (f.details() != null) v.put("detail", f.details());
        if (f.nearestFix() != null) v.put("recommendation", "Upgrade " + f.component().name() + " to " + f.nearestFix() + " or later.");
        ArrayNode advisories = v.putArray("advisories");
        for (String url : f.references()) advisories.addObject().put("url", url);
        if (f.published() != null) v.put("published", f.published().toString());
        if (f.modified() != null) v.put("updated", f.modified().toString());
        if (f.vex() != null) v.set("analysis", analysis(f.vex()));
        ObjectNode affects = v.putArray("affects").addObject();
        affects.put("ref", f.component().ref());
        if (f.component().version() != null) {
            ObjectNode ver = affects.putArray("versions").addObject();
            ver.put("version", f.component().version());
            ver.put("status", f.vex() != null && f.vex().state().suppresses() ? "unaffected" : "affected");
        }
        ArrayNode props = v.putArray("properties");
        for (Exploited x : f.exploited()) {
            prop(props, "craft:exploited", x.source() + " " + x.id() + (x.since() == null ? "" : " since " + x.since())
                    + (x.dueDate() == null ? "" : " due " + x.dueDate()) + (Boolean.TRUE.equals(x.ransomware()) ? " ransomware" : ""));
        }
        if (f.epss() != null) prop(props, "craft:epss", f.epss().epss() + " (percentile " + f.epss().percentile() + ")");
        if (!f.fixedVersions().isEmpty()) prop(props, "craft:fixed-versions", String.join(", ", f.fixedVersions()));
        if (f.component().path().size() > 1) prop(props, "craft:path", String.join(" -> ", f.component().path()));
        for (MatchExplanation m : f.explanations()) prop(props, "craft:match", m.summary());
        return v;
    }

    private static ObjectNode analysis(VexApplied vex) {
        ObjectNode a = JsonWriter.MAPPER.createObjectNode();
        a.put("state", switch (vex.state()) {
            case NOT_AFFECTED -> "not_affected";
            case AFFECTED -> "exploitable";
            case FIXED -> "resolved";
            case UNDER_INVESTIGATION -> "in_triage";
        });
        String justification = justification(vex.justification());
        if (justification != null) a.put("justification", justification);
        if (vex.responses() != null) {
            ArrayNode response = a.putArray("response");
            for (String r : vex.responses().split(",\\s*")) if (CDX_RESPONSES.contains(r)) response.add(r);
            if (response.isEmpty()) a.remove("response");
        }
        var detail = new StringBuilder();
        if (vex.justification() != null && justification == null) detail.append("justification: ").append(vex.justification()).append(". ");
        if (vex.impactStatement() != null) detail.append(vex.impactStatement()).append(' ');
        if (vex.actionStatement() != null) detail.append(vex.actionStatement()).append(' ');
        detail.append("(").append(vex.dialect()).append(" VEX ").append(vex.document()).append(' ').append(vex.location()).append(')');
        a.put("detail", detail.toString().strip());
        return a;
    }

    /** CycloneDX justifications as they are; OpenVEX and CSAF labels mapped to the closest CycloneDX value. */
    static String justification(String label) {
        if (label == null) return null;
        if (CDX_JUSTIFICATIONS.contains(label)) return label;
        return switch (label) {
            case "component_not_present", "vulnerable_code_not_present" -> "code_not_present";
            case "vulnerable_code_not_in_execute_path" -> "code_not_reachable";
            case "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist" -> "protected_by_mitigating_control";
            default -> null;
        };
    }

    private static ObjectNode component(ComponentRef c, String type) {
        ObjectNode n = JsonWriter.MAPPER.createObjectNode();
        n.put("type", type);
        n.put("bom-ref", c.ref());
        n.put("name", c.name());
        if (c.version() != null) n.put("version", c.version());
        if (c.purl() != null) n.put("purl", c.purl());
        return n;
    }

    private static void prop(ArrayNode props, String name, String value) {
        ObjectNode p = props.addObject();
        p.put("name", name);
        p.put("value", value);
    }

    private static String sourceName(String id) {
        if (id.startsWith("CVE-")) return "NVD";
        if (id.startsWith("GHSA-")) return "GitHub";
        if (id.startsWith("EUVD-")) return "ENISA EUVD";
        if (id.startsWith("PYSEC-")) return "PyPA";
        if (id.startsWith("GO-")) return "Go Vulnerability Database";
        if (id.startsWith("RUSTSEC-")) return "RustSec";
        if (id.startsWith("OSV-")) return "OSS-Fuzz";
        if (id.startsWith("BIT-")) return "Bitnami";
        return "OSV";
    }
}
