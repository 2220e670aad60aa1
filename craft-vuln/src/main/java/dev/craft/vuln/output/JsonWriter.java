package dev.craft.vuln.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.vuln.ComponentRef;
import dev.craft.vuln.CouldNotCheck;
import dev.craft.vuln.CvssScore;
import dev.craft.vuln.Exploited;
import dev.craft.vuln.Finding;
import dev.craft.vuln.MatchExplanation;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.SeverityLevel;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.VexApplied;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * craft's scan JSON, schema {@code craft-scan/1}. Field names are stable; new fields may be added. Absent values are
 * {@code null}, absent lists are {@code []}. The schema is documented in docs/vulnerabilities.md.
 */
final class JsonWriter {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String SCHEMA = "craft-scan/1";

    private JsonWriter() {}

    static void write(ScanResult r, Writer out, String craftVersion) throws IOException {
        MAPPER.writeValue(new NonClosingWriter(out), tree(r, craftVersion));
        out.write('\n');
    }

    static ObjectNode tree(ScanResult r, String craftVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("craftVersion", craftVersion);
        root.put("sbom", r.sbom());
        root.put("scannedAt", r.scannedAt().toString());
        root.set("product", r.product() == null ? null : component(r.product()));
        ObjectNode summary = root.putObject("summary");
        summary.put("components", r.stats().components());
        summary.put("componentsLookedUp", r.stats().looked());
        summary.put("componentsWithFindings", r.stats().withFindings());
        summary.put("findings", r.findings().size());
        summary.put("open", r.openFindings().size());
        summary.put("exploited", r.findings().stream().filter(Finding::isExploited).count());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (SeverityLevel l : SeverityLevel.values()) bySeverity.put(l.label(), r.findings().stream().filter(f -> f.severity() == l).count());
        summary.put("couldNotCheck", r.couldNotCheck().size());
        summary.put("fallbacks", r.stats().fallbacks());
        summary.put("advisoriesInIndex", r.stats().advisories());
        summary.put("matchMillis", r.stats().micros() / 1000.0);
        ArrayNode sources = root.putArray("database");
        for (SourceInfo s : r.sources()) {
            ObjectNode n = sources.addObject();
            n.put("name", s.name());
            n.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("location", s.location());
            n.put("fetchedAt", s.fetchedAt().toString());
            n.put("sha256", s.sha256());
            n.put("records", s.records());
            n.put("version", s.version());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) findings.add(finding(f));
        ArrayNode cnc = root.putArray("couldNotCheck");
        for (CouldNotCheck c : r.couldNotCheck()) {
            ObjectNode n = cnc.addObject();
            n.set("component", component(c.component()));
            n.put("reason", c.reason());
            strings(n.putArray("advisories"), c.advisoryIds());
        }
        strings(root.putArray("vexNotes"), r.vexNotes());
        return root;
    }

    static ObjectNode finding(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("vulnerability", f.vulnerabilityId());
        strings(n.putArray("aliases"), f.aliases());
        strings(n.putArray("advisories"), f.advisoryIds());
        n.set("component", component(f.component()));
        n.put("summary", f.summary());
        n.put("severity", f.severity().label());
        ArrayNode cvss = n.putArray("cvss");
        for (CvssScore c : f.cvss()) {
            ObjectNode s = cvss.addObject();
            s.put("version", c.version());
            s.put("vector", c.vector());
            s.put("baseScore", c.baseScore());
            s.put("computed", c.computed());
            s.put("source", c.source());
        }
        if (f.epss() == null) {
            n.putNull("epss");
        } else {
            ObjectNode e = n.putObject("epss");
            e.put("cve", f.epss().cve());
            e.put("score", f.epss().epss());
            e.put("percentile", f.epss().percentile());
            e.put("date", f.epss().scoreDate() == null ? null : f.epss().scoreDate().toString());
            e.put("model", f.epss().modelVersion());
        }
        ArrayNode ex = n.putArray("exploited");
        for (Exploited x : f.exploited()) {
            ObjectNode e = ex.addObject();
            e.put("source", x.source());
            e.put("id", x.id());
            e.put("since", x.since() == null ? null : x.since().toString());
            e.put("dueDate", x.dueDate() == null ? null : x.dueDate().toString());
            if (x.ransomware() == null) e.putNull("ransomware");
            else e.put("ransomware", x.ransomware());
        }
        strings(n.putArray("fixedVersions"), f.fixedVersions());
        n.put("nearestFix", f.nearestFix());
        ArrayNode match = n.putArray("match");
        for (MatchExplanation m : f.explanations()) {
            ObjectNode e = match.addObject();
            e.put("advisory", m.advisoryId());
            e.put("matcher", m.matcher());
            e.put("searchedBy", m.searchedBy());
            e.put("advisoryPackage", m.advisoryPackage());
            e.put("scheme", m.scheme());
            e.put("range", m.range());
            e.put("fallback", m.fallback());
            e.put("detail", m.detail());
        }
        VexApplied v = f.vex();
        if (v == null) {
            n.putNull("vex");
        } else {
            ObjectNode e = n.putObject("vex");
            e.put("state", v.state().label());
            e.put("justification", v.justification());
            e.put("impactStatement", v.impactStatement());
            e.put("actionStatement", v.actionStatement());
            e.put("responses", v.responses());
            e.put("document", v.document());
            e.put("location", v.location());
            e.put("dialect", v.dialect());
            e.put("timestamp", v.timestamp() == null ? null : v.timestamp().toString());
        }
        strings(n.putArray("references"), f.references());
        n.put("published", f.published() == null ? null : f.published().toString());
        n.put("modified", f.modified() == null ? null : f.modified().toString());
        return n;
    }

    static ObjectNode component(ComponentRef c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ref", c.ref());
        n.put("name", c.name());
        n.put("version", c.version());
        n.put("purl", c.purl());
        strings(n.putArray("path"), c.path());
        n.put("topLevel", c.topLevel());
        return n;
    }

    static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
