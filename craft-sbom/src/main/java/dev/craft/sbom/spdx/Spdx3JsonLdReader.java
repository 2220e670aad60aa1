package dev.craft.sbom.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.Component;
import dev.craft.sbom.Composition;
import dev.craft.sbom.DocumentFacts;
import dev.craft.sbom.ExternalReference;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Party;
import dev.craft.sbom.Property;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.SbomMetadata;
import dev.craft.sbom.Tool;
import dev.craft.sbom.read.Json;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomAssembler;
import dev.craft.sbom.read.Text;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SPDX 3.0.1 JSON-LD ({@code @graph} of elements). Packages become components; relationships give the
 * dependency graph, licences ({@code hasDeclaredLicense}/{@code hasConcludedLicense}), distribution
 * artifacts (file name and hashes) and completeness statements.
 */
final class Spdx3JsonLdReader {

    private static final Set<String> DEPENDENCY_TYPES = Set.of("dependsOn", "contains", "hasStaticLink", "hasDynamicLink",
            "hasProvidedDependency", "hasOptionalDependency", "hasPrerequisite");

    private final ReadContext context;
    private final SbomAssembler assembler;
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, List<License>> licenses = new HashMap<>();
    private final Map<String, List<JsonNode>> artifacts = new HashMap<>();

    private Spdx3JsonLdReader(ReadContext context) {
        this.context = context;
        this.assembler = new SbomAssembler(context);
    }

    static SpdxReader.Read read(ReadContext context, ObjectMapper mapper) {
        JsonNode root;
        try (var p = Json.open(mapper, context.input())) {
            root = mapper.readTree(p);
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw Json.problem(context.source(), e);
        }
        return new Spdx3JsonLdReader(context).map(root);
    }

    private SpdxReader.Read map(JsonNode root) {
        JsonNode graph = root.path("@graph");
        if (!graph.isArray()) throw new InputException(new Problem(context.source(), "$", "SPDX 3 JSON-LD without an @graph array", "{\"@context\": ..., \"@graph\": [...]}"));
        JsonNode creation = null;
        for (int i = 0; i < graph.size(); i++) {
            JsonNode e = graph.get(i);
            String id = id(e);
            if (id != null) {
                byId.put(id, e);
                indexOf.put(id, i);
            }
            if ("CreationInfo".equals(type(e)) && creation == null) creation = e;
        }
        if (creation == null) {
            for (JsonNode e : graph) if (e.path("creationInfo").isObject()) { creation = e.get("creationInfo"); break; }
        }
        String version = creation == null ? null : text(creation, "specVersion");
        if (version == null) {
            context.schemaError("$", "no CreationInfo with a specVersion");
            version = "unknown";
        } else if (!version.startsWith("3.")) {
            context.schemaError("$", "specVersion '" + version + "' is not SPDX 3");
        }
        SpdxSchemas.validate(context, root, version.equals("3.0.1") ? "3.0.1" : null);
        if (!version.equals("3.0.1") && version.startsWith("3.")) context.warn("$", "SPDX " + version + " is read as 3.0.1 and not schema-checked");

        int files = 0;
        String sbomId = null;
        var lifecycles = new ArrayList<String>();
        var roots = new ArrayList<String>();
        for (int i = 0; i < graph.size(); i++) {
            JsonNode e = graph.get(i);
            String t = type(e);
            if (t == null) continue;
            switch (t) {
                case "software_File" -> files++;
                case "software_Sbom" -> {
                    sbomId = id(e);
                    for (JsonNode s : e.path("software_sbomType")) lifecycles.add(s.asText());
                    for (JsonNode r : e.path("rootElement")) roots.add(r.asText());
                }
                case "SpdxDocument" -> { if (roots.isEmpty()) for (JsonNode r : e.path("rootElement")) roots.add(r.asText()); }
                case "Relationship", "LifecycleScopedRelationship" -> relationship(e, i);
                default -> { }
            }
        }
        String subjectId = roots.stream().filter(r -> "software_Package".equals(type(byId.get(r)))).findFirst().orElse(null);
        if (subjectId == null && roots.size() == 1 && "software_Sbom".equals(type(byId.get(roots.get(0))))) {
            for (JsonNode r : byId.get(roots.get(0)).path("rootElement")) {
                if ("software_Package".equals(type(byId.get(r.asText())))) { subjectId = r.asText(); break; }
            }
        }
        for (int i = 0; i < graph.size(); i++) {
            JsonNode e = graph.get(i);
            if (!"software_Package".equals(type(e))) continue;
            Component c = component(e, "$['@graph'][" + i + "]");
            if (c.ref().equals(subjectId) && assembler.subject() == null) assembler.subject(c);
            else assembler.component(c);
        }
        return new SpdxReader.Read(assembler.build(metadata(creation, version, sbomId, lifecycles, root)), new DocumentFacts(0, false, 0, files));
    }

    private void relationship(JsonNode r, int index) {
        String from = text(r, "from");
        String type = text(r, "relationshipType");
        if (from == null || type == null) return;
        String location = "$['@graph'][" + index + "]";
        var to = new ArrayList<String>();
        for (JsonNode t : r.path("to")) if (t.isTextual()) to.add(t.asText());
        switch (type) {
            case "hasDeclaredLicense", "hasConcludedLicense" -> {
                var ack = type.equals("hasDeclaredLicense") ? License.Acknowledgement.DECLARED : License.Acknowledgement.CONCLUDED;
                for (String t : to) licenses.computeIfAbsent(from, k -> new ArrayList<>()).add(new License(licenseExpression(t), null, ack));
            }
            case "hasDistributionArtifact" -> {
                for (String t : to) if (byId.containsKey(t)) artifacts.computeIfAbsent(from, k -> new ArrayList<>()).add(byId.get(t));
            }
            default -> {
                if (!DEPENDENCY_TYPES.contains(type)) return;
                var packageTargets = to.stream().filter(t -> "software_Package".equals(type(byId.get(t)))).toList();
                if ("software_Package".equals(type(byId.get(from)))) {
                    assembler.depends(from, packageTargets, location);
                    String completeness = text(r, "completeness");
                    if (completeness != null) {
                        var aggregate = switch (completeness) {
                            case "complete" -> Composition.Aggregate.COMPLETE;
                            case "incomplete" -> Composition.Aggregate.INCOMPLETE;
                            default -> Composition.Aggregate.UNKNOWN;
                        };
                        assembler.composition(new Composition(aggregate, List.of(), List.of(from)));
                    }
                }
            }
        }
    }

    private String licenseExpression(String id) {
        JsonNode l = byId.get(id);
        if (l != null && l.hasNonNull("simplelicensing_licenseExpression")) return l.get("simplelicensing_licenseExpression").asText();
        // Listed licences are referenced by IRI: https://spdx.org/licenses/MIT
        int slash = id.lastIndexOf('/');
        return slash >= 0 ? id.substring(slash + 1) : id;
    }

    private Component component(JsonNode e, String location) {
        String ref = assembler.claimRef(id(e), location);
        String name = text(e, "name");
        if (name == null) context.warn(location, "package has no name", "a \"name\"");
        var purls = new ArrayList<String>();
        var cpes = new ArrayList<String>();
        String swid = null;
        if (text(e, "software_packageUrl") != null) purls.add(text(e, "software_packageUrl"));
        for (JsonNode x : e.path("externalIdentifier")) {
            String kind = text(x, "externalIdentifierType");
            String value = text(x, "identifier");
            if (kind == null || value == null) continue;
            switch (kind) {
                case "packageUrl" -> { if (!purls.contains(value)) purls.add(value); }
                case "cpe22", "cpe23" -> cpes.add(value);
                case "swid" -> swid = value;
                default -> { }
            }
        }
        var hashes = hashes(e.path("verifiedUsing"));
        var properties = new ArrayList<Property>();
        for (JsonNode p : e.path("software_additionalPurpose")) properties.add(new Property("spdx:additionalPurpose", p.asText()));
        for (JsonNode file : artifacts.getOrDefault(id(e), List.of())) {
            if (text(file, "name") != null) properties.add(new Property("spdx:packageFileName", text(file, "name")));
            hashes.addAll(hashes(file.path("verifiedUsing")));
        }
        var refs = new ArrayList<ExternalReference>();
        if (text(e, "software_downloadLocation") != null) refs.add(new ExternalReference("distribution", text(e, "software_downloadLocation"), List.of()));
        if (text(e, "software_homePage") != null) refs.add(new ExternalReference("website", text(e, "software_homePage"), List.of()));
        for (JsonNode x : e.path("externalRef")) {
            String kind = text(x, "externalRefType");
            for (JsonNode loc : x.path("locator")) refs.add(new ExternalReference(externalRefType(kind), loc.asText(), List.of()));
        }
        Party supplier = agent(text(e, "suppliedBy"));
        Party manufacturer = e.path("originatedBy").isArray() && !e.path("originatedBy").isEmpty() ? agent(e.path("originatedBy").get(0).asText()) : null;
        String purpose = text(e, "software_primaryPurpose");
        if (purpose != null) properties.add(new Property("spdx:primaryPurpose", purpose));
        return new Component(ref, Spdx2Package.type(purpose == null ? null : purpose.replaceAll("([a-z])([A-Z])", "$1-$2")), null,
                name == null ? "" : name, text(e, "software_packageVersion"), supplier, manufacturer, List.of(), purls, cpes, swid,
                hashes, licenses.getOrDefault(id(e), List.of()), refs, properties, null, null, location);
    }

    private static String externalRefType(String kind) {
        if (kind == null) return "other";
        return switch (kind) {
            case "securityAdvisory", "securityOther" -> "advisories";
            case "vcs" -> "vcs";
            case "sourceArtifact" -> "source-distribution";
            case "binaryArtifact" -> "distribution";
            case "securityPolicy" -> "security-contact";
            default -> kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        };
    }

    private static List<Hash> hashes(JsonNode verified) {
        var out = new ArrayList<Hash>();
        for (JsonNode h : verified) {
            String alg = text(h, "algorithm");
            String value = text(h, "hashValue");
            if (alg != null && value != null) out.add(new Hash(Text.hashAlgorithm(alg), value.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private Party agent(String id) {
        if (id == null) return null;
        JsonNode a = byId.get(id);
        if (a == null) return Party.named(id);
        var emails = new ArrayList<String>();
        var urls = new ArrayList<String>();
        for (JsonNode x : a.path("externalIdentifier")) {
            String kind = text(x, "externalIdentifierType");
            String value = text(x, "identifier");
            if ("email".equals(kind) && value != null) emails.add(value);
            else if ("urlScheme".equals(kind) && value != null) urls.add(value);
        }
        for (JsonNode x : a.path("externalRef")) for (JsonNode loc : x.path("locator")) urls.add(loc.asText());
        return new Party(text(a, "name"), emails, urls);
    }

    private SbomMetadata metadata(JsonNode creation, String version, String sbomId, List<String> lifecycles, JsonNode root) {
        Instant timestamp = null;
        var authors = new ArrayList<Party>();
        var tools = new ArrayList<Tool>();
        if (creation != null) {
            String created = text(creation, "created");
            timestamp = Text.instant(created);
            if (created != null && timestamp == null) context.warn("$", "created '" + created + "' is not an RFC 3339 date-time");
            for (JsonNode a : creation.path("createdBy")) {
                Party p = agent(a.asText());
                if (p != null) authors.add(p);
            }
            for (JsonNode t : creation.path("createdUsing")) {
                JsonNode tool = byId.get(t.asText());
                tools.add(tool == null ? new Tool(null, t.asText(), null) : Spdx2Document.tool(text(tool, "name") == null ? t.asText() : text(tool, "name")));
            }
        }
        String name = null;
        var dataLicenses = new ArrayList<String>();
        for (JsonNode e : root.path("@graph")) {
            if ("SpdxDocument".equals(type(e))) {
                name = text(e, "name");
                if (text(e, "dataLicense") != null) dataLicenses.add(licenseExpression(text(e, "dataLicense")));
            }
        }
        return new SbomMetadata(SbomFormat.SPDX3_JSON_LD, version, sbomId, null, name, timestamp, authors, null, null, tools,
                lifecycles, dataLicenses, List.of());
    }

    private static String id(JsonNode e) {
        String id = text(e, "spdxId");
        return id != null ? id : text(e, "@id");
    }

    private static String type(JsonNode e) {
        if (e == null) return null;
        String t = text(e, "type");
        return t != null ? t : text(e, "@type");
    }

    private static String text(JsonNode n, String field) {
        return Spdx2JsonReader.text(n, field);
    }
}
