package dev.craft.sbom.cyclonedx;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.sbom.Component;
import dev.craft.sbom.ExternalReference;
import dev.craft.sbom.Hash;
import dev.craft.sbom.License;
import dev.craft.sbom.Party;
import dev.craft.sbom.Property;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomAssembler;
import dev.craft.sbom.read.StringCache;
import dev.craft.sbom.read.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps {@code components[i]} and {@code dependencies[i]} straight from parser tokens to the model, with no
 * JSON tree in between (ADR 0024). It reads exactly what {@link CycloneDxJsonMapper} reads from a tree, with
 * the same rules (blank is absent, values are stripped, an object where an array belongs is read as its
 * values), so both give the same model; nested {@code components} are rare and go through the tree mapper.
 * Reading and adding are two steps so that the reader can validate the element in between, keeping schema
 * problems in document order.
 */
final class CycloneDxStreamMapper {

    /** A component read but not yet added (its ref is claimed on adding). */
    static final class Draft {
        final String location;
        boolean object = true;
        String bomRef, type, group, name, version, author, purl, cpe, swidTagId, scope;
        Party supplier, manufacturer;
        final List<Party> authors = new ArrayList<>(1);
        final List<Hash> hashes = new ArrayList<>(2);
        final List<License> licenses = new ArrayList<>(1);
        final List<ExternalReference> externalReferences = new ArrayList<>(2);
        final List<Property> properties = new ArrayList<>(2);
        final List<Property> identifiers = new ArrayList<>(0);
        final List<Property> swhids = new ArrayList<>(0);
        JsonNode nested;

        Draft(String location) {
            this.location = location;
        }
    }

    /** A dependency entry read but not yet added. */
    record DependencyDraft(String ref, List<String> dependsOn, String location) {}

    private interface ValueReader {
        void read(JsonParser p) throws IOException;
    }

    private final ReadContext context;
    private final SbomAssembler assembler;
    private final CycloneDxJsonMapper trees;
    private final ObjectMapper mapper;
    private final StringCache shared = new StringCache();

    CycloneDxStreamMapper(ReadContext context, SbomAssembler assembler, CycloneDxJsonMapper trees, ObjectMapper mapper) {
        this.context = context;
        this.assembler = assembler;
        this.trees = trees;
        this.mapper = mapper;
    }

    /** Reads one element of {@code components}; the parser is on its first token and ends on its last. */
    Draft readComponent(JsonParser p, String location) throws IOException {
        var d = new Draft(location);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            d.object = false;
            p.skipChildren();
            return d;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "bom-ref" -> d.bomRef = text(p);
                case "type" -> d.type = shared.share(text(p));
                case "group" -> d.group = shared.share(text(p));
                case "name" -> d.name = text(p);
                case "version" -> d.version = shared.share(text(p));
                case "author" -> d.author = text(p);
                case "purl" -> d.purl = text(p);
                case "cpe" -> d.cpe = text(p);
                case "scope" -> d.scope = shared.share(text(p));
                case "supplier" -> d.supplier = organization(p);
                case "manufacturer" -> d.manufacturer = organization(p);
                case "authors" -> elements(p, q -> d.authors.add(contact(q)));
                case "omniborId" -> elements(p, q -> textual(q, "cdx:omniborId", d.identifiers));
                case "swhid" -> elements(p, q -> textual(q, "cdx:swhid", d.swhids));
                case "properties" -> elements(p, q -> property(q, d.properties));
                case "hashes" -> elements(p, q -> hash(q, d.hashes));
                case "licenses" -> elements(p, q -> license(q, d.licenses));
                case "externalReferences" -> elements(p, q -> externalReference(q, d.externalReferences));
                case "swid" -> d.swidTagId = swidTagId(p);
                case "components" -> d.nested = mapper.readTree(p);
                default -> p.skipChildren();
            }
        }
        return d;
    }

    /** Adds the component (claiming its ref) and after it every component nested inside it, pre-order. */
    void add(Draft d) {
        if (!d.object) context.warn(d.location, "component is not a JSON object; kept as an unnamed component");
        String ref = assembler.claimRef(d.bomRef, d.location);
        String name = d.name;
        if (name == null) {
            context.warn(d.location, "component has no name", "a \"name\"");
            name = "";
        }
        List<Property> properties = d.properties;
        if (!d.identifiers.isEmpty() || !d.swhids.isEmpty()) {
            properties = new ArrayList<>(d.properties);
            properties.addAll(d.identifiers);
            properties.addAll(d.swhids);
        }
        List<Party> authors = d.authors;
        if (d.author != null) {
            authors = new ArrayList<>(d.authors);
            authors.add(Party.named(d.author));
        }
        var c = new Component(ref, d.type, d.group, name, d.version, d.supplier, d.manufacturer, authors,
                optional(d.purl), optional(d.cpe), d.swidTagId, d.hashes, d.licenses, d.externalReferences,
                properties, d.scope, null, d.location);
        assembler.component(c);
        JsonNode nested = d.nested;
        if (nested != null) {
            for (int i = 0; i < nested.size(); i++) trees.component(nested.get(i), d.location + ".components[" + i + "]", c.ref());
        }
    }

    /** Reads one element of {@code dependencies}. */
    DependencyDraft readDependency(JsonParser p, String location) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return new DependencyDraft(null, List.of(), location);
        }
        String ref = null;
        var to = new ArrayList<String>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "ref" -> ref = text(p);
                case "dependsOn" -> elements(p, q -> {
                    if (q.currentToken() == JsonToken.VALUE_STRING) {
                        String t = q.getText();
                        if (!t.isBlank()) to.add(t);
                    } else {
                        q.skipChildren();
                    }
                });
                default -> p.skipChildren();
            }
        }
        return new DependencyDraft(ref, to, location);
    }

    void add(DependencyDraft d) {
        if (d.ref() == null) {
            context.warn(d.location(), "dependency entry without a ref is ignored", "a \"ref\" naming a component");
            return;
        }
        assembler.depends(d.ref(), d.dependsOn(), d.location());
    }

    // ---- the tree mapper's rules, on tokens ------------------------------------------------------------

    /** Array elements, or an object's values (as iterating a JsonNode does); nothing for a scalar. */
    private static void elements(JsonParser p, ValueReader each) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) each.read(p);
        } else if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
                each.read(p);
            }
        }
    }

    /** JsonNode.asText() of the current value: scalars as text, "" for containers (skipped), null for null. */
    private static String asText(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue().toString();
            case VALUE_NUMBER_FLOAT -> Double.toString(p.getDoubleValue());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> {
                p.skipChildren();
                yield "";
            }
        };
    }

    /** CycloneDxJsonMapper.text: a scalar's text, stripped; null for blank, null or a container. */
    private static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t.isStructStart()) {
            p.skipChildren();
            return null;
        }
        return Text.blankToNull(asText(p));
    }

    private static void textual(JsonParser p, String property, List<Property> out) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) out.add(new Property(property, p.getText()));
        else p.skipChildren();
    }

    private static String swidTagId(JsonParser p) throws IOException {
        String tagId = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("tagId")) tagId = text(p);
            else p.skipChildren();
        }
        return tagId;
    }

    /** organizationalEntity: name, url[], contact[].email; null unless an object. */
    private Party organization(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String name = null;
        var emails = new ArrayList<String>(0);
        var urls = new ArrayList<String>(1);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "name" -> name = shared.share(text(p));
                case "contact" -> elements(p, q -> {
                    String e = field(q, "email");
                    if (e != null) emails.add(e);
                });
                case "url" -> elements(p, q -> {
                    if (q.currentToken() == JsonToken.VALUE_STRING && !q.getText().isBlank()) urls.add(shared.share(q.getText()));
                    else q.skipChildren();
                });
                default -> p.skipChildren();
            }
        }
        return new Party(name, emails, urls);
    }

    /** organizationalContact: name, email. */
    private static Party contact(JsonParser p) throws IOException {
        String name = null, email = null;
        if (p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "name" -> name = text(p);
                    case "email" -> email = text(p);
                    default -> p.skipChildren();
                }
            }
        } else {
            p.skipChildren();
        }
        return new Party(name, email == null ? List.of() : List.of(email), List.of());
    }

    /** text(value, field) of one object value; consumes the value. */
    private static String field(JsonParser p, String name) throws IOException {
        String out = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals(name)) out = text(p);
            else p.skipChildren();
        }
        return out;
    }

    private void property(JsonParser p, List<Property> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String name = null, value = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "name" -> name = shared.share(text(p));
                case "value" -> value = p.currentToken() == JsonToken.VALUE_NULL ? null : asText(p);
                default -> p.skipChildren();
            }
        }
        if (name != null) out.add(new Property(name, value));
    }

    private static void hash(JsonParser p, List<Hash> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String alg = null, content = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "alg" -> alg = text(p);
                case "content" -> content = text(p);
                default -> p.skipChildren();
            }
        }
        if (alg != null && content != null) out.add(new Hash(Text.hashAlgorithm(alg), content.toLowerCase(Locale.ROOT)));
    }

    private static void externalReference(JsonParser p, List<ExternalReference> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String type = null, url = null;
        var hashes = new ArrayList<Hash>(0);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "type" -> type = text(p);
                case "url" -> url = text(p);
                case "hashes" -> elements(p, q -> hash(q, hashes));
                default -> p.skipChildren();
            }
        }
        if (url != null) out.add(new ExternalReference(type, url, hashes));
    }

    /** A licenseChoice element: {"expression": ...} or {"license": {id|name, acknowledgement}}. */
    private void license(JsonParser p, List<License> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String expression = null, acknowledgement = null, id = null, name = null, licenseAck = null;
        boolean hasLicense = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "expression" -> expression = p.currentToken() == JsonToken.VALUE_NULL ? null : asText(p);
                case "acknowledgement" -> acknowledgement = text(p);
                case "license" -> {
                    hasLicense = true;
                    if (p.currentToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String g = p.currentName();
                            p.nextToken();
                            switch (g) {
                                case "id" -> id = shared.share(text(p));
                                case "name" -> name = shared.share(text(p));
                                case "acknowledgement" -> licenseAck = text(p);
                                default -> p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (expression != null) out.add(new License(expression, null, acknowledgement(acknowledgement)));
        else if (hasLicense) out.add(new License(id, name, acknowledgement(licenseAck)));
    }

    private static License.Acknowledgement acknowledgement(String a) {
        if ("declared".equals(a)) return License.Acknowledgement.DECLARED;
        if ("concluded".equals(a)) return License.Acknowledgement.CONCLUDED;
        return License.Acknowledgement.UNSPECIFIED;
    }

    private static List<String> optional(String s) {
        return s == null ? List.of() : List.of(s);
    }
}
