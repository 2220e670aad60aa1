package dev.craft.sbom.cyclonedx;

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
import dev.craft.sbom.read.XmlNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps CycloneDX XML sections (read as small {@link XmlNode} trees) to the normalized model. */
final class CycloneDxXmlMapper {

    private final ReadContext context;
    private final SbomAssembler assembler;

    CycloneDxXmlMapper(ReadContext context, SbomAssembler assembler) {
        this.context = context;
        this.assembler = assembler;
    }

    void component(XmlNode n, String parentRef) {
        Component c = toComponent(n, parentRef);
        assembler.component(c);
        XmlNode nested = n.child("components");
        if (nested != null) for (XmlNode child : nested.children("component")) component(child, c.ref());
    }

    Component toComponent(XmlNode n, String parentRef) {
        String location = n.location();
        String ref = assembler.claimRef(n.attr("bom-ref"), location);
        String name = n.childText("name");
        if (name == null) {
            context.warn(location, "component has no name", "a <name> element");
            name = "";
        }
        var authors = new ArrayList<Party>();
        XmlNode authorList = n.child("authors");
        if (authorList != null) for (XmlNode a : authorList.children("author")) authors.add(contact(a));
        String legacyAuthor = n.childText("author");
        if (legacyAuthor != null) authors.add(Party.named(legacyAuthor));
        var properties = properties(n.child("properties"));
        for (XmlNode id : n.children("omniborId")) if (id.text() != null) properties.add(new Property("cdx:omniborId", id.text()));
        for (XmlNode id : n.children("swhid")) if (id.text() != null) properties.add(new Property("cdx:swhid", id.text()));
        if (n.child("versionRange") != null && !"true".equals(n.attr("isExternal"))) {
            // The XSD cannot express this rule of the specification; the JSON schema can (if/then).
            context.schemaError(location, "versionRange is only allowed on an external component (isExternal = true)");
        }
        XmlNode swid = n.child("swid");
        return new Component(ref, n.attr("type"), n.childText("group"), name, n.childText("version"),
                organization(n.child("supplier")), organization(n.child("manufacturer")), authors,
                optional(n.childText("purl")), optional(n.childText("cpe")), swid == null ? null : swid.attr("tagId"),
                hashes(n.child("hashes")), licenses(n.child("licenses")), externalReferences(n.child("externalReferences")),
                properties, n.childText("scope"), parentRef, location);
    }

    SbomMetadata metadata(XmlNode md, String specVersion, String serialNumber, Integer version) {
        Instant timestamp = null;
        var authors = new ArrayList<Party>();
        var tools = new ArrayList<Tool>();
        var lifecycles = new ArrayList<String>();
        var dataLicenses = new ArrayList<String>();
        Party manufacturer = null;
        Party supplier = null;
        List<Property> properties = List.of();
        if (md != null) {
            String ts = md.childText("timestamp");
            timestamp = Text.instant(ts);
            if (ts != null && timestamp == null) context.warn(md.child("timestamp").location(), "timestamp '" + ts + "' is not an RFC 3339 date-time");
            XmlNode a = md.child("authors");
            if (a != null) for (XmlNode author : a.children("author")) authors.add(contact(author));
            tools(md.child("tools"), tools);
            XmlNode lc = md.child("lifecycles");
            if (lc != null) {
                for (XmlNode l : lc.children("lifecycle")) {
                    String phase = l.childText("phase") != null ? l.childText("phase") : l.childText("name");
                    if (phase != null) lifecycles.add(phase);
                }
            }
            for (License l : licenses(md.child("licenses"))) dataLicenses.add(l.expression() != null ? l.expression() : l.name());
            manufacturer = organization(md.child("manufacturer") != null ? md.child("manufacturer") : md.child("manufacture"));
            supplier = organization(md.child("supplier"));
            properties = properties(md.child("properties"));
            XmlNode subject = md.child("component");
            if (subject != null) assembler.subject(toComponent(subject, null));
        }
        return new SbomMetadata(SbomFormat.CYCLONEDX_XML, specVersion, serialNumber, version, null, timestamp, authors,
                manufacturer, supplier, tools, lifecycles, dataLicenses, properties);
    }

    void dependency(XmlNode d) {
        String ref = d.attr("ref");
        if (ref == null) {
            context.warn(d.location(), "dependency entry without a ref is ignored", "a ref attribute naming a component");
            return;
        }
        var to = new ArrayList<String>();
        for (XmlNode t : d.children("dependency")) {
            if (t.attr("ref") != null) to.add(t.attr("ref"));
            // CycloneDX XML allows nesting a dependency's own dependencies inside it.
            if (!t.children("dependency").isEmpty()) dependency(t);
        }
        assembler.depends(ref, to, d.location());
    }

    void composition(XmlNode c) {
        String agg = c.childText("aggregate");
        Composition.Aggregate aggregate;
        try {
            aggregate = agg == null ? Composition.Aggregate.NOT_SPECIFIED : Composition.Aggregate.valueOf(agg.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            context.warn(c.location(), "unknown aggregate '" + agg + "'; read as not_specified");
            aggregate = Composition.Aggregate.NOT_SPECIFIED;
        }
        assembler.composition(new Composition(aggregate, refs(c.child("assemblies"), "assembly"), refs(c.child("dependencies"), "dependency")));
    }

    private static List<String> refs(XmlNode list, String element) {
        var out = new ArrayList<String>();
        if (list != null) for (XmlNode r : list.children(element)) if (r.attr("ref") != null) out.add(r.attr("ref"));
        return out;
    }

    private static void tools(XmlNode tools, List<Tool> out) {
        if (tools == null) return;
        for (XmlNode t : tools.children("tool")) out.add(new Tool(t.childText("vendor"), t.childText("name"), t.childText("version")));
        XmlNode comps = tools.child("components");
        if (comps != null) {
            for (XmlNode t : comps.children("component")) {
                String vendor = t.childText("group") != null ? t.childText("group") : t.childText("publisher");
                out.add(new Tool(vendor, t.childText("name"), t.childText("version")));
            }
        }
        XmlNode services = tools.child("services");
        if (services != null) for (XmlNode s : services.children("service")) out.add(new Tool(null, s.childText("name"), s.childText("version")));
    }

    private static List<Hash> hashes(XmlNode list) {
        var out = new ArrayList<Hash>();
        if (list == null) return out;
        for (XmlNode h : list.children("hash")) {
            if (h.attr("alg") != null && h.text() != null) out.add(new Hash(Text.hashAlgorithm(h.attr("alg")), h.text().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    static List<License> licenses(XmlNode list) {
        var out = new ArrayList<License>();
        if (list == null) return out;
        for (XmlNode c : list.children()) {
            if (c.name().equals("expression")) out.add(new License(c.text(), null, acknowledgement(c)));
            else if (c.name().equals("license")) out.add(new License(c.childText("id"), c.childText("name"), acknowledgement(c)));
        }
        return out;
    }

    private static License.Acknowledgement acknowledgement(XmlNode n) {
        String a = n.attr("acknowledgement");
        if ("declared".equals(a)) return License.Acknowledgement.DECLARED;
        if ("concluded".equals(a)) return License.Acknowledgement.CONCLUDED;
        return License.Acknowledgement.UNSPECIFIED;
    }

    private static List<ExternalReference> externalReferences(XmlNode list) {
        var out = new ArrayList<ExternalReference>();
        if (list == null) return out;
        for (XmlNode r : list.children("reference")) {
            if (r.childText("url") != null) out.add(new ExternalReference(r.attr("type"), r.childText("url"), hashes(r.child("hashes"))));
        }
        return out;
    }

    private static List<Property> properties(XmlNode list) {
        var out = new ArrayList<Property>();
        if (list == null) return out;
        for (XmlNode p : list.children("property")) if (p.attr("name") != null) out.add(new Property(p.attr("name"), p.text()));
        return out;
    }

    private static Party organization(XmlNode n) {
        if (n == null) return null;
        var emails = new ArrayList<String>();
        for (XmlNode c : n.children("contact")) if (c.childText("email") != null) emails.add(c.childText("email"));
        var urls = new ArrayList<String>();
        for (XmlNode u : n.children("url")) if (u.text() != null) urls.add(u.text());
        return new Party(n.childText("name"), emails, urls);
    }

    private static Party contact(XmlNode n) {
        String e = n.childText("email");
        return new Party(n.childText("name"), e == null ? List.of() : List.of(e), List.of());
    }

    private static List<String> optional(String s) {
        return s == null ? List.of() : List.of(s);
    }
}
