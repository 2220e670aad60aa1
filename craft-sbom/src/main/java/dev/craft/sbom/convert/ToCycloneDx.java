package dev.craft.sbom.convert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.sbom.Component;
import dev.craft.sbom.Composition;
import dev.craft.sbom.ExternalReference;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Party;
import dev.craft.sbom.Property;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomMetadata;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.Tool;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Writes the model as CycloneDX 1.6 or 1.7 JSON. */
final class ToCycloneDx {

    private static final Set<String> TYPES = Set.of("application", "framework", "library", "container", "platform",
            "operating-system", "device", "device-driver", "firmware", "file", "machine-learning-model", "data", "cryptographic-asset");
    private static final Set<String> HASHES = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384",
            "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3");
    private static final Set<String> REF_TYPES = Set.of("vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list",
            "social", "chat", "documentation", "support", "source-distribution", "distribution", "distribution-intake", "license",
            "build-meta", "build-system", "release-notes", "security-contact", "model-card", "log", "configuration", "evidence",
            "formulation", "attestation", "threat-model", "adversary-model", "risk-assessment", "vulnerability-assertion",
            "exploitability-statement", "pentest-report", "static-analysis-report", "dynamic-analysis-report", "runtime-analysis-report",
            "component-analysis-report", "maturity-report", "certification-report", "codified-infrastructure", "quality-metrics",
            "poam", "electronic-signature", "digital-signature", "rfc-9116", "other");
    private static final Set<String> PHASES = Set.of("design", "pre-build", "build", "post-build", "operations", "discovery", "decommission");
    private static final Set<String> SCOPES = Set.of("required", "optional", "excluded");

    private final SbomReadResult read;
    private final String version;
    private final ConversionWarnings warnings;
    private final ObjectMapper mapper;

    ToCycloneDx(SbomReadResult read, String version, ConversionWarnings warnings, ObjectMapper mapper) {
        this.read = read;
        this.version = version;
        this.warnings = warnings;
        this.mapper = mapper;
    }

    ObjectNode document() {
        Sbom s = read.sbom();
        SbomMetadata md = s.metadata();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "http://cyclonedx.org/schema/bom-" + version + ".schema.json");
        root.put("bomFormat", "CycloneDX");
        root.put("specVersion", version);
        String serial = md.serialNumber();
        if (serial == null || !serial.matches("^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")) {
            if (serial != null) warnings.add("serial number / namespace '" + serial + "' is not a urn:uuid; a name-based UUID replaces it and the original is kept as property craft:source:serial", null);
            serial = "urn:uuid:" + UUID.nameUUIDFromBytes((serial == null ? md.toString() : serial).getBytes(StandardCharsets.UTF_8));
        }
        root.put("serialNumber", serial);
        root.put("version", md.version() == null ? 1 : md.version());
        root.set("metadata", metadata(md, s.subject()));
        if (md.serialNumber() != null && !md.serialNumber().equals(serial)) {
            ((ObjectNode) root.get("metadata")).withArray("properties").add(property("craft:source:serial", md.serialNumber()));
        }
        Map<String, List<Component>> children = new HashMap<>();
        List<Component> top = new ArrayList<>();
        for (Component c : s.components()) {
            if (c.parentRef() == null) top.add(c);
            else children.computeIfAbsent(c.parentRef(), k -> new ArrayList<>()).add(c);
        }
        ArrayNode comps = root.putArray("components");
        for (Component c : top) comps.add(component(c, children));
        if (!s.dependencies().isEmpty()) {
            ArrayNode deps = root.putArray("dependencies");
            s.dependencies().edges().forEach((from, to) -> {
                ObjectNode d = deps.addObject();
                d.put("ref", from);
                ArrayNode on = d.putArray("dependsOn");
                to.forEach(on::add);
            });
        }
        if (!s.compositions().isEmpty()) {
            ArrayNode cs = root.putArray("compositions");
            for (Composition c : s.compositions()) {
                ObjectNode n = cs.addObject();
                n.put("aggregate", c.aggregate().name().toLowerCase(Locale.ROOT));
                if (!c.assemblies().isEmpty()) c.assemblies().forEach(n.withArray("assemblies")::add);
                if (!c.dependencies().isEmpty()) c.dependencies().forEach(n.withArray("dependencies")::add);
            }
        }
        if (read.facts().files() > 0) warnings.add(read.facts().files() + " SPDX file elements are not components and are not carried", null);
        return root;
    }

    private ObjectNode metadata(SbomMetadata md, Component subject) {
        ObjectNode m = mapper.createObjectNode();
        if (md.timestamp() != null) m.put("timestamp", md.timestamp().toString());
        if (!md.lifecycles().isEmpty()) {
            ArrayNode lc = m.putArray("lifecycles");
            for (String l : md.lifecycles()) {
                if (PHASES.contains(l)) lc.addObject().put("phase", l);
                else lc.addObject().put("name", l);
            }
        }
        if (!md.tools().isEmpty()) {
            ArrayNode tools = m.putObject("tools").putArray("components");
            for (Tool t : md.tools()) {
                ObjectNode n = tools.addObject();
                n.put("type", "application");
                if (t.vendor() != null) n.put("group", t.vendor());
                n.put("name", t.name() == null ? "unknown" : t.name());
                if (t.version() != null) n.put("version", t.version());
            }
        }
        if (!md.authors().isEmpty()) {
            ArrayNode a = m.putArray("authors");
            for (Party p : md.authors()) a.add(contact(p));
        }
        if (subject != null) m.set("component", component(subject, Map.of()));
        if (md.manufacturer() != null) m.set("manufacturer", organization(md.manufacturer()));
        if (md.supplier() != null) m.set("supplier", organization(md.supplier()));
        if (!md.dataLicenses().isEmpty()) m.set("licenses", licenses(md.dataLicenses().stream().map(l -> new License(l, null, License.Acknowledgement.UNSPECIFIED)).toList(), "metadata"));
        if (!md.properties().isEmpty()) {
            ArrayNode ps = m.putArray("properties");
            md.properties().forEach(p -> ps.add(property(p.name(), p.value())));
        }
        if (md.name() != null) m.withArray("properties").add(property("craft:source:name", md.name()));
        return m;
    }

    private ObjectNode component(Component c, Map<String, List<Component>> children) {
        ObjectNode n = mapper.createObjectNode();
        String type = c.type();
        if (type == null || !TYPES.contains(type)) {
            warnings.add("component type " + (type == null ? "(none)" : "'" + type + "'") + " is no CycloneDX type; written as library", c.location());
            type = "library";
        }
        n.put("type", type);
        n.put("bom-ref", c.ref());
        if (c.supplier() != null) n.set("supplier", organization(c.supplier()));
        if (c.manufacturer() != null) n.set("manufacturer", organization(c.manufacturer()));
        if (!c.authors().isEmpty()) {
            ArrayNode a = n.putArray("authors");
            c.authors().forEach(p -> a.add(contact(p)));
        }
        if (c.group() != null) n.put("group", c.group());
        n.put("name", c.name());
        if (c.version() != null) n.put("version", c.version());
        if (c.scope() != null && SCOPES.contains(c.scope())) n.put("scope", c.scope());
        ArrayNode hashes = hashes(c.hashes(), c.location());
        if (!hashes.isEmpty()) n.set("hashes", hashes);
        ArrayNode lic = licenses(c.licenses(), c.location());
        if (!lic.isEmpty()) n.set("licenses", lic);
        if (!c.cpes().isEmpty()) n.put("cpe", c.cpes().get(0));
        if (c.cpes().size() > 1) warnings.add("only the first CPE of a component can be carried (CycloneDX has one cpe)", c.location());
        if (!c.purls().isEmpty()) n.put("purl", c.purls().get(0));
        if (c.purls().size() > 1) warnings.add("only the first purl of a component can be carried (CycloneDX has one purl)", c.location());
        if (c.swidTagId() != null) n.putObject("swid").put("tagId", c.swidTagId()).put("name", c.name());
        if (!c.externalReferences().isEmpty()) {
            ArrayNode refs = n.putArray("externalReferences");
            // filled below; removed again if no reference could be carried
            for (ExternalReference r : c.externalReferences()) {
                if (!isUri(r.url())) {
                    warnings.add("external reference URL that is not a valid IRI cannot be carried ('" + r.url() + "')", c.location());
                    continue;
                }
                ObjectNode x = refs.addObject();
                String t = r.type() != null && REF_TYPES.contains(r.type()) ? r.type() : "other";
                if (!t.equals(r.type())) warnings.add("external reference type '" + r.type() + "' written as other", c.location());
                x.put("url", r.url());
                x.put("type", t);
                ArrayNode h = hashes(r.hashes(), c.location());
                if (!h.isEmpty()) x.set("hashes", h);
            }
        }
        if (n.has("externalReferences") && n.get("externalReferences").isEmpty()) n.remove("externalReferences");
        if (!c.properties().isEmpty()) {
            ArrayNode ps = n.putArray("properties");
            for (Property p : c.properties()) ps.add(property(p.name(), p.value()));
        }
        List<Component> kids = children.getOrDefault(c.ref(), List.of());
        if (!kids.isEmpty()) {
            ArrayNode nested = n.putArray("components");
            for (Component k : kids) nested.add(component(k, children));
        }
        return n;
    }

    static boolean isUri(String s) {
        try {
            new java.net.URI(s);
            return !s.isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private ArrayNode hashes(List<Hash> hashes, String location) {
        ArrayNode out = mapper.createArrayNode();
        for (Hash h : hashes) {
            if (!HASHES.contains(h.algorithm()) || !h.value().matches("[0-9a-f]+")) {
                warnings.add("hash algorithm " + h.algorithm() + " (or a non-hex value) cannot be carried to CycloneDX", location);
                continue;
            }
            out.addObject().put("alg", h.algorithm()).put("content", h.value());
        }
        return out;
    }

    /** CycloneDX allows either license objects or exactly one expression; a mix keeps the first expression. */
    private ArrayNode licenses(List<License> licenses, String location) {
        ArrayNode out = mapper.createArrayNode();
        var usable = licenses.stream().filter(License::isAssertion).toList();
        if (usable.size() < licenses.size()) warnings.add("licence NONE/NOASSERTION has no CycloneDX equivalent and is left out", location);
        boolean allSimple = usable.stream().allMatch(l -> l.expression() == null || SpdxLicenseIds.isListed(l.expression())
                || l.expression().startsWith("LicenseRef-"));
        if (allSimple) {
            for (License l : usable) {
                ObjectNode lic = out.addObject().putObject("license");
                if (l.expression() != null && SpdxLicenseIds.isListed(l.expression())) lic.put("id", l.expression());
                else lic.put("name", l.expression() != null ? l.expression() : l.name());
                if (l.acknowledgement() != License.Acknowledgement.UNSPECIFIED) lic.put("acknowledgement", l.acknowledgement().name().toLowerCase(Locale.ROOT));
            }
            return out;
        }
        License first = usable.stream().filter(l -> l.expression() != null).findFirst().orElse(usable.get(0));
        ObjectNode e = out.addObject();
        e.put("expression", first.expression() != null ? first.expression() : first.name());
        if (first.acknowledgement() != License.Acknowledgement.UNSPECIFIED) e.put("acknowledgement", first.acknowledgement().name().toLowerCase(Locale.ROOT));
        if (usable.size() > 1) warnings.add("CycloneDX " + version + " carries one licence expression per component; further licences are left out", location);
        return out;
    }

    private ObjectNode organization(Party p) {
        ObjectNode n = mapper.createObjectNode();
        if (p.name() != null) n.put("name", p.name());
        if (!p.urls().isEmpty()) {
            ArrayNode u = n.putArray("url");
            p.urls().forEach(u::add);
        }
        if (!p.emails().isEmpty()) {
            ArrayNode c = n.putArray("contact");
            p.emails().forEach(e -> c.addObject().put("email", e));
        }
        return n;
    }

    private ObjectNode contact(Party p) {
        ObjectNode n = mapper.createObjectNode();
        if (p.name() != null) n.put("name", p.name());
        if (!p.emails().isEmpty()) n.put("email", p.emails().get(0));
        if (!p.urls().isEmpty()) warnings.add("an author's URL cannot be carried (CycloneDX authors have name, email, phone)", null);
        return n;
    }

    private ObjectNode property(String name, String value) {
        ObjectNode n = mapper.createObjectNode();
        n.put("name", name);
        if (value != null) n.put("value", value);
        return n;
    }
}
