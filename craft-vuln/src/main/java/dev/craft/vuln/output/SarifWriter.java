package dev.craft.vuln.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.vuln.CvssScore;
import dev.craft.vuln.Finding;
import dev.craft.vuln.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0: one rule per vulnerability, one result per finding, located at the SBOM file with the component's
 * purl as logical location. Levels: error for critical, high or exploited; warning for medium; note otherwise.
 * {@code properties.security-severity} carries the CVSS score for dashboards that rank by it. Findings closed by VEX
 * are kept with an external suppression that carries the justification.
 */
final class SarifWriter {

    private SarifWriter() {}

    static void write(ScanResult r, Writer out, String craftVersion) throws IOException {
        ObjectNode root = JsonWriter.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "craft");
        driver.put("version", craftVersion);
        driver.put("informationUri", "https://github.com/craft-cra/craft");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            if (ruleIndex.containsKey(f.vulnerabilityId())) continue;
            ruleIndex.put(f.vulnerabilityId(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", f.vulnerabilityId());
            rule.putObject("shortDescription").put("text", f.summary() == null ? f.vulnerabilityId() : f.summary());
            if (f.details() != null) rule.putObject("fullDescription").put("text", f.details());
            if (!f.references().isEmpty()) rule.put("helpUri", f.references().get(0));
            rule.putObject("help").put("text", "Aliases: " + String.join(", ", f.aliases())
                    + (f.nearestFix() == null ? "" : ". Upgrade to " + f.nearestFix() + "."));
            ObjectNode props = rule.putObject("properties");
            CvssScore top = f.cvss().isEmpty() ? null : f.cvss().get(0);
            if (top != null) props.put("security-severity", String.valueOf(top.baseScore()));
            props.putArray("tags").add("security").add("vulnerability").add(f.severity().label());
        }
        ObjectNode artifact = run.putArray("artifacts").addObject();
        artifact.putObject("location").put("uri", uri(r.sbom()));
        ArrayNode results = run.putArray("results");
        for (Finding f : r.findings()) {
            ObjectNode res = results.addObject();
            res.put("ruleId", f.vulnerabilityId());
            res.put("ruleIndex", ruleIndex.get(f.vulnerabilityId()));
            res.put("level", f.isExploited() || f.severity().rank() >= 4 ? "error" : f.severity().rank() == 3 ? "warning" : "note");
            res.putObject("message").put("text", f.vulnerabilityId() + " in " + f.component().name()
                    + (f.component().version() == null ? "" : " " + f.component().version())
                    + (f.isExploited() ? " (actively exploited)" : "")
                    + (f.nearestFix() == null ? ": no fixing version known" : ": upgrade to " + f.nearestFix())
                    + (f.component().path().size() > 1 ? "; via " + String.join(" -> ", f.component().path()) : ""));
            ObjectNode loc = res.putArray("locations").addObject();
            ObjectNode phys = loc.putObject("physicalLocation");
            phys.putObject("artifactLocation").put("uri", uri(r.sbom())).put("index", 0);
            ObjectNode logical = loc.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", f.component().purl() == null ? f.component().ref() : f.component().purl());
            logical.put("kind", "package");
            res.putObject("partialFingerprints").put("craft/v1", fingerprint(f.vulnerabilityId() + "|" + f.component().ref()));
            if (f.vex() != null && f.vex().state().suppresses()) {
                ObjectNode s = res.putArray("suppressions").addObject();
                s.put("kind", "external");
                s.put("justification", f.vex().state().label() + (f.vex().justification() == null ? "" : ": " + f.vex().justification())
                        + " (" + f.vex().document() + ")");
            }
            ObjectNode props = res.putObject("properties");
            props.put("severity", f.severity().label());
            props.put("exploited", f.isExploited());
            if (f.epss() != null) props.put("epss", f.epss().epss());
            props.put("componentRef", f.component().ref());
            JsonWriter.strings(props.putArray("fixedVersions"), f.fixedVersions());
            JsonWriter.strings(props.putArray("match"), f.explanations().stream().map(m -> m.summary()).toList());
        }
        JsonWriter.MAPPER.writeValue(new JsonWriter.NonClosingWriter(out), root);
        out.write('\n');
    }

    /** A relative or absolute file path as a SARIF URI (forward slashes; absolute paths as file: URIs). */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/")) return "file://" + p;
        return p;
    }

    private static String fingerprint(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
