package dev.craft.sbom.cyclonedx;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import dev.craft.sbom.read.FastSchema;
import dev.craft.sbom.read.SchemaRegistries;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.SAXException;

/**
 * The CycloneDX schemas, from the classpath only (never fetched). The JSON schemas 1.2 to 1.6 and the XSDs
 * 1.0 to 1.4 are the ones cyclonedx-core-java bundles. the build adds the 1.7 schemas (the library has none yet)
 * and the 1.5.1 and 1.6.2 XSDs (the library's 1.5.0 and 1.6.1 reject the specification's own valid
 * machine-learning examples), fetched at build time (craft-sbom/pom.xml, ADR 0021).
 * Compiled once per version and cached.
 */
final class CycloneDxSchemas {

    static final List<String> JSON_VERSIONS = List.of("1.2", "1.3", "1.4", "1.5", "1.6", "1.7");
    static final List<String> XML_VERSIONS = List.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7");
    private static final String BASE = "http://cyclonedx.org/schema/";
    private static final String OWN = "dev/craft/sbom/cyclonedx/schema/";
    private static final List<String> OWN_XSD = List.of("1.5", "1.6", "1.7");

    /**
     * The whole-document schema and the parts craft validates element by element while streaming, each also
     * compiled for the token-level fast path (ADR 0024).
     */
    record JsonSchemas(Schema document, Schema component, Schema dependency, FastSchema.Node fastComponent, FastSchema.Node fastDependency) {}

    private static final Map<String, JsonSchemas> JSON = new ConcurrentHashMap<>();
    private static final Map<String, javax.xml.validation.Schema> XSD = new ConcurrentHashMap<>();
    private static final SchemaRegistry REGISTRY = SchemaRegistries.offline(
            l -> l.schemaIdResolvers(r -> r.mappings(iri -> iri.startsWith(BASE), CycloneDxSchemas::classpathOf)));

    private CycloneDxSchemas() {}

    private static String classpathOf(String iri) {
        String file = iri.substring(BASE.length());
        return switch (file) {
            case "bom-1.7.schema.json", "cryptography-defs.schema.json" -> "classpath:" + OWN + file;
            default -> "classpath:" + file;
        };
    }

    /** Null when the version has no JSON schema (1.0 and 1.1 were XML only, or an unknown version). */
    static JsonSchemas json(String version) {
        if (!JSON_VERSIONS.contains(version)) return null;
        return JSON.computeIfAbsent(version, v -> {
            String file = "bom-" + v + ".schema.json";
            String id = BASE + file;
            var fast = new FastSchema(BASE, f -> CycloneDxSchemas.class.getClassLoader().getResourceAsStream(classpathOf(BASE + f).substring("classpath:".length())));
            return new JsonSchemas(
                    REGISTRY.getSchema(SchemaLocation.of(id)),
                    REGISTRY.getSchema(SchemaLocation.of(id + "#/definitions/component")),
                    REGISTRY.getSchema(SchemaLocation.of(id + "#/definitions/dependency")),
                    fast.node(file, "/definitions/component"),
                    fast.node(file, "/definitions/dependency"));
        });
    }

    /** Null for a version craft has no XSD for. */
    static javax.xml.validation.Schema xsd(String version) {
        if (!XML_VERSIONS.contains(version)) return null;
        return XSD.computeIfAbsent(version, v -> {
            try {
                if (OWN_XSD.contains(v)) return compileOwn(v);
                return new XmlParser().getXmlSchema(Version.fromVersionString(v));
            } catch (SAXException e) {
                throw new IllegalStateException("bundled CycloneDX " + v + " XSD does not compile", e);
            }
        });
    }

    private static javax.xml.validation.Schema compileOwn(String version) throws SAXException {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        ClassLoader cl = CycloneDxSchemas.class.getClassLoader();
        InputStream spdx = cl.getResourceAsStream("spdx.xsd");
        InputStream bom = cl.getResourceAsStream(OWN + "bom-" + version + ".xsd");
        if (spdx == null || bom == null) throw new IllegalStateException("CycloneDX " + version + " XSD or spdx.xsd missing from the classpath");
        return f.newSchema(new StreamSource[] {new StreamSource(spdx), new StreamSource(bom)});
    }
}
