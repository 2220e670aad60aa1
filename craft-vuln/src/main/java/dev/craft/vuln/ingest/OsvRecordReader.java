package dev.craft.vuln.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.vuln.AffectedPackage;
import dev.craft.vuln.AffectedRange;
import dev.craft.vuln.AffectedRange.Event;
import dev.craft.vuln.AffectedRange.Kind;
import dev.craft.vuln.Advisory;
import dev.craft.vuln.Severity;
import dev.craft.vuln.SourceConstraints;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads one OSV record (schema 1.0 to 1.7) into an {@link Advisory}. Fields craft does not use are ignored; a field
 * with the wrong type is a problem of that record only. The converted databases' {@code database_specific}
 * constraints (rubysec, FriendsOfPHP, Node.js security WG) are kept as {@link SourceConstraints}.
 */
final class OsvRecordReader {

    /** A record that cannot be used, with the JSON path of the problem. */
    static final class RecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;

        RecordException(String path, String message) {
            super(message);
            this.path = path;
        }
    }

    private OsvRecordReader() {}

    static Advisory read(JsonNode r, String source) {
        if (!r.isObject()) throw new RecordException("$", "an OSV record is a JSON object");
        String id = text(r, "id", "$.id", true);
        var severities = new ArrayList<Severity>(severities(r.path("severity"), "$.severity"));
        JsonNode ds = r.path("database_specific");
        if (ds.path("severity").isTextual()) severities.add(new Severity("TEXT", ds.path("severity").asText()));
        if (ds.path("cvss_v3").isNumber()) severities.add(new Severity("CVSS_V3_SCORE", ds.path("cvss_v3").asText()));
        if (ds.path("cvss_v4").isNumber()) severities.add(new Severity("CVSS_V4_SCORE", ds.path("cvss_v4").asText()));
        if (ds.path("cvss_v2").isNumber()) severities.add(new Severity("CVSS_V2_SCORE", ds.path("cvss_v2").asText()));
        SourceConstraints constraints = sourceConstraints(ds);
        var affected = new ArrayList<AffectedPackage>();
        JsonNode aff = r.path("affected");
        if (!aff.isMissingNode() && !aff.isArray()) throw new RecordException("$.affected", "must be an array");
        for (int i = 0; i < aff.size(); i++) affected.add(affected(aff.get(i), "$.affected[" + i + "]", constraints));
        var references = new ArrayList<Advisory.Reference>();
        for (JsonNode ref : r.path("references")) {
            if (ref.path("url").isTextual()) references.add(new Advisory.Reference(ref.path("type").asText("WEB"), ref.path("url").asText()));
        }
        return new Advisory(id, strings(r.path("aliases"), "$.aliases"), text(r, "summary", "$.summary", false),
                text(r, "details", "$.details", false), instant(r, "published"), instant(r, "modified"),
                instant(r, "withdrawn"), severities, affected, references, source);
    }

    private static AffectedPackage affected(JsonNode a, String path, SourceConstraints constraints) {
        JsonNode pkg = a.path("package");
        String ecosystem = pkg.path("ecosystem").asText("");
        String name = pkg.path("name").asText("");
        if (ecosystem.isEmpty() || name.isEmpty()) throw new RecordException(path + ".package", "needs ecosystem and name");
        String purl = pkg.path("purl").isTextual() ? pkg.path("purl").asText() : null;
        var ranges = new ArrayList<AffectedRange>();
        JsonNode rs = a.path("ranges");
        for (int i = 0; i < rs.size(); i++) ranges.add(range(rs.get(i), path + ".ranges[" + i + "]"));
        var severities = new ArrayList<>(severities(a.path("severity"), path + ".severity"));
        JsonNode es = a.path("ecosystem_specific").path("severity");
        if (es.isTextual()) severities.add(new Severity("TEXT", es.asText()));
        return new AffectedPackage(ecosystem, name, purl, ranges, strings(a.path("versions"), path + ".versions"), severities, constraints);
    }

    private static AffectedRange range(JsonNode r, String path) {
        String type = r.path("type").asText("");
        if (type.isEmpty()) throw new RecordException(path + ".type", "a range needs a type");
        var events = new ArrayList<Event>();
        JsonNode es = r.path("events");
        for (int i = 0; i < es.size(); i++) {
            JsonNode e = es.get(i);
            Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
            if (!fields.hasNext()) throw new RecordException(path + ".events[" + i + "]", "an empty event");
            Map.Entry<String, JsonNode> f = fields.next();
            Kind kind = switch (f.getKey()) {
                case "introduced" -> Kind.INTRODUCED;
                case "fixed" -> Kind.FIXED;
                case "last_affected" -> Kind.LAST_AFFECTED;
                case "limit" -> Kind.LIMIT;
                default -> throw new RecordException(path + ".events[" + i + "]", "unknown event '" + f.getKey() + "'");
            };
            if (!f.getValue().isTextual()) throw new RecordException(path + ".events[" + i + "]." + f.getKey(), "must be a string");
            events.add(new Event(kind, f.getValue().asText()));
        }
        return new AffectedRange(type, r.path("repo").isTextual() ? r.path("repo").asText() : null, events);
    }

    /** The original constraints of the three databases converted to OSV for craft's shared data, when present. */
    static SourceConstraints sourceConstraints(JsonNode ds) {
        if (!ds.path("conversion").isTextual()) return null;
        String conversion = ds.path("conversion").asText();
        if (ds.has("patched_versions") && ds.path("patched_versions").isArray() || ds.path("unaffected_versions").isArray()) {
            return new SourceConstraints(conversion, "gem", List.of(), strings(ds.path("patched_versions"), "patched_versions"),
                    strings(ds.path("unaffected_versions"), "unaffected_versions"));
        }
        if (ds.path("branches").isObject()) {
            var vulnerable = new ArrayList<String>();
            for (JsonNode branch : ds.path("branches")) vulnerable.add(String.join(",", strings(branch.path("versions"), "versions")));
            return new SourceConstraints(conversion, "composer", vulnerable, List.of(), List.of());
        }
        if (ds.path("vulnerable_versions").isTextual()) {
            return new SourceConstraints(conversion, "npm", List.of(ds.path("vulnerable_versions").asText()), List.of(), List.of());
        }
        return null;
    }

    private static List<Severity> severities(JsonNode node, String path) {
        var out = new ArrayList<Severity>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            if (s.path("type").isTextual() && s.path("score").isTextual()) out.add(new Severity(s.path("type").asText(), s.path("score").asText()));
        }
        return out;
    }

    private static String text(JsonNode r, String field, String path, boolean required) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) {
            if (required) throw new RecordException(path, "is required");
            return null;
        }
        if (!n.isTextual()) throw new RecordException(path, "must be a string");
        String s = n.asText();
        if (required && s.isBlank()) throw new RecordException(path, "must not be empty");
        return s;
    }

    private static List<String> strings(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) return List.of();
        if (!node.isArray()) throw new RecordException(path, "must be an array of strings");
        var out = new ArrayList<String>(node.size());
        for (JsonNode n : node) if (n.isTextual()) out.add(n.asText());
        return out;
    }

    private static Instant instant(JsonNode r, String field) {
        JsonNode n = r.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) return null;
        try {
            return OffsetDateTime.parse(n.asText()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(n.asText());
            } catch (DateTimeParseException e2) {
                throw new RecordException("$." + field, "'" + n.asText() + "' is not an RFC 3339 timestamp");
            }
        }
    }
}
