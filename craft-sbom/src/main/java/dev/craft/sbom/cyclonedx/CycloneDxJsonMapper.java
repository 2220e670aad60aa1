package dev.craft.sbom.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.sbom.Component;
import dev.craft.sbom.Composition;
import dev.craft.sbom.ExternalReference;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Party;
import dev.craft.sbom.Property;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.SbomMetadata;
import dev.craft.sbom.Tool;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomAssembler;
import dev.craft.sbom.read.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps CycloneDX JSON trees (one component, the metadata) to the normalized model. */
final class CycloneDxJsonMapper {

    private final ReadContext context;
    private final SbomAssembler assembler;

    CycloneDxJsonMapper(ReadContext context, SbomAssembler assembler) {
        this.context = context;
        this.assembler = assembler;
    }

    /** Adds the component and, after it, every component nested inside it (pre-order, as in the document). */
    void component(JsonNode n, String location, String parentRef) {
        Component c = toComponent(n, location, parentRef);
        assembler.component(c);
        JsonNode nested = n.path("components");
        for (int i = 0; i < nested.size(); i++) component(nested.get(i), location + ".components[" + i + "]", c.ref());
    }

    Component toComponent(JsonNode n, String location, String parentRef) {
        if (!n.isObject()) {
            context.warn(location, "component is not a JSON object; kept as an unnamed component");
        }
        String ref = assembler.claimRef(text(n, "bom-ref"), location);
        String name = text(n, "name");
        if (name == null) {
            context.warn(location, "component has no name", "a \"name\"");
            name = "";
        }
        var properties = properties(n.path("properties"));
        for (JsonNode id : n.path("omniborId")) if (id.isTextual()) properties.add(new Property("cdx:omniborId", id.asText()));
        for (JsonNode id : n.path("swhid")) if (id.isTextual()) properties.add(new Property("cdx:swhid", id.asText()));
        var authors = new ArrayList<Party>();
        for (JsonNode a : n.path("authors")) authors.add(contact(a));
        String legacyAuthor = text(n, "author");
        if (legacyAuthor != null) authors.add(Party.named(legacyAuthor));
        return new Component(
                ref, text(n, "type"), text(n, "group"), name, text(n, "version"),
                organization(n.get("supplier")), organization(n.get("manufacturer")), authors,
                optionalList(text(n, "purl")), optionalList(text(n, "cpe")),
                text(n.path("swid"), "tagId"),
                hashes(n.path("hashes")), licenses(n.path("licenses")), externalReferences(n.path("externalReferences")),
                properties, text(n, "scope"), parentRef, location);
    }

    SbomMetadata metadata(JsonNode root, String specVersion) {
        JsonNode md = root.path("metadata");
        String ts = text(md, "timestamp");
        Instant timestamp = Text.instant(ts);
        if (ts != null && timestamp == null) context.warn("$.metadata.timestamp", "timestamp '" + ts + "' is not an RFC 3339 date-time");
        var authors = new ArrayList<Party>();
        for (JsonNode a : md.path("authors")) authors.add(contact(a));
        Party manufacturer = organization(md.has("manufacturer") ? md.get("manufacturer") : md.get("manufacture"));
        var lifecycles = new ArrayList<String>();
        for (JsonNode l : md.path("lifecycles")) {
            String phase = l.hasNonNull("phase") ? l.get("phase").asText() : text(l, "name");
            if (phase != null) lifecycles.add(phase);
        }
        var dataLicenses = new ArrayList<String>();
        for (License l : licenses(md.path("licenses"))) dataLicenses.add(l.expression() != null ? l.expression() : l.name());
        Integer version = root.path("version").isInt() ? root.get("version").asInt() : null;
        return new SbomMetadata(SbomFormat.CYCLONEDX_JSON, specVersion, text(root, "serialNumber"), version, null, timestamp,
                authors, manufacturer, organization(md.get("supplier")), tools(md.path("tools")), lifecycles,
                dataLicenses, properties(md.path("properties")));
    }

    void subject(JsonNode root) {
        JsonNode c = root.path("metadata").get("component");
        if (c != null && c.isObject()) assembler.subject(toComponent(c, "$.metadata.component", null));
    }

    void dependency(JsonNode d, String location) {
        String ref = text(d, "ref");
        if (ref == null) {
            context.warn(location, "dependency entry without a ref is ignored", "a \"ref\" naming a component");
            return;
        }
        var to = new ArrayList<String>();
        for (JsonNode t : d.path("dependsOn")) if (t.isTextual() && !t.asText().isBlank()) to.add(t.asText());
        assembler.depends(ref, to, location);
    }

    void composition(JsonNode c, String location) {
        String agg = text(c, "aggregate");
        Composition.Aggregate aggregate;
        try {
            aggregate = agg == null ? Composition.Aggregate.NOT_SPECIFIED : Composition.Aggregate.valueOf(agg.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            context.warn(location + ".aggregate", "unknown aggregate '" + agg + "'; read as not_specified");
            aggregate = Composition.Aggregate.NOT_SPECIFIED;
        }
        assembler.composition(new Composition(aggregate, refs(c.path("assemblies")), refs(c.path("dependencies"))));
    }

    private static List<String> refs(JsonNode arr) {
        var out = new ArrayList<String>();
        for (JsonNode r : arr) {
            if (r.isTextual()) out.add(r.asText());
            else if (r.hasNonNull("ref")) out.add(r.get("ref").asText());
        }
        return out;
    }

    private static List<Tool> tools(JsonNode tools) {
        var out = new ArrayList<Tool>();
        if (tools.isArray()) {
            for (JsonNode t : tools) out.add(new Tool(text(t, "vendor"), text(t, "name"), text(t, "version")));
        } else if (tools.isObject()) {
            for (JsonNode t : tools.path("components")) {
                String vendor = text(t, "group");
                if (vendor == null) vendor = text(t, "publisher");
                if (vendor == null) vendor = text(t.path("supplier"), "name");
                if (vendor == null) vendor = text(t.path("manufacturer"), "name");
                out.add(new Tool(vendor, text(t, "name"), text(t, "version")));
            }
            for (JsonNode t : tools.path("services")) {
                out.add(new Tool(text(t.path("provider"), "name"), text(t, "name"), text(t, "version")));
            }
        }
        return out;
    }

    static List<Hash> hashes(JsonNode arr) {
        var out = new ArrayList<Hash>();
        for (JsonNode h : arr) {
            String alg = text(h, "alg");
            String content = text(h, "content");
            if (alg != null && content != null) out.add(new Hash(Text.hashAlgorithm(alg), content.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    static List<License> licenses(JsonNode arr) {
        var out = new ArrayList<License>();
        for (JsonNode choice : arr) {
            if (choice.hasNonNull("expression")) {
                out.add(new License(choice.get("expression").asText(), null, acknowledgement(choice)));
            } else if (choice.has("license")) {
                JsonNode l = choice.get("license");
                out.add(new License(text(l, "id"), text(l, "name"), acknowledgement(l)));
            }
        }
        return out;
    }

    private static License.Acknowledgement acknowledgement(JsonNode n) {
        String a = text(n, "acknowledgement");
        if ("declared".equals(a)) return License.Acknowledgement.DECLARED;
        if ("concluded".equals(a)) return License.Acknowledgement.CONCLUDED;
        return License.Acknowledgement.UNSPECIFIED;
    }

    private static List<ExternalReference> externalReferences(JsonNode arr) {
        var out = new ArrayList<ExternalReference>();
        for (JsonNode r : arr) {
            String url = text(r, "url");
            if (url != null) out.add(new ExternalReference(text(r, "type"), url, hashes(r.path("hashes"))));
        }
        return out;
    }

    private static List<Property> properties(JsonNode arr) {
        var out = new ArrayList<Property>();
        for (JsonNode p : arr) {
            String name = text(p, "name");
            if (name != null) out.add(new Property(name, p.hasNonNull("value") ? p.get("value").asText() : null));
        }
        return out;
    }

    /** organizationalEntity: name, url[], contact[]. */
    private static Party organization(JsonNode n) {
        if (n == null || !n.isObject()) return null;
        var emails = new ArrayList<String>();
        for (JsonNode c : n.path("contact")) {
            String e = text(c, "email");
            if (e != null) emails.add(e);
        }
        var urls = new ArrayList<String>();
        for (JsonNode u : n.path("url")) if (u.isTextual() && !u.asText().isBlank()) urls.add(u.asText());
        return new Party(text(n, "name"), emails, urls);
    }

    /** organizationalContact: name, email, phone. */
    private static Party contact(JsonNode n) {
        String e = text(n, "email");
        return new Party(text(n, "name"), e == null ? List.of() : List.of(e), List.of());
    }

    private static List<String> optionalList(String s) {
        return s == null ? List.of() : List.of(s);
    }

    static String text(JsonNode n, String field) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : Text.blankToNull(v.asText());
    }
}
