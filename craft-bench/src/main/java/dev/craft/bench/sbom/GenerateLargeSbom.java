package dev.craft.bench.sbom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic CycloneDX 1.6 JSON SBOM with N components and a dependency graph (each component
 * depends on up to 3 later ones, the product on the first 50), streaming so that the generator itself
 * needs no memory. Deterministic (fixed seed). Used by the JMH benchmark and the whole-process run:
 *
 * <pre>java -cp craft-bench/target/craft-bench.jar dev.craft.bench.sbom.GenerateLargeSbom 100000 craft-bench/target/sbom-100k.cdx.json</pre>
 */
public final class GenerateLargeSbom {

    private static final String[] TYPES = {"maven", "npm", "pypi", "golang", "cargo"};
    private static final String[] LICENSES = {"Apache-2.0", "MIT", "BSD-3-Clause", "EPL-2.0", "ISC"};

    private GenerateLargeSbom() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path out = Path.of(args.length > 1 ? args[1] : "craft-bench/target/sbom-" + n + ".cdx.json");
        write(n, out);
        System.out.println(out + ": " + n + " components, " + Files.size(out) + " bytes");
    }

    public static Path write(int n, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        var random = new Random(42);
        try (JsonGenerator g = new JsonFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("bomFormat", "CycloneDX");
            g.writeStringField("specVersion", "1.6");
            g.writeStringField("serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
            g.writeNumberField("version", 1);
            g.writeObjectFieldStart("metadata");
            g.writeStringField("timestamp", "2026-01-01T00:00:00Z");
            g.writeObjectFieldStart("component");
            g.writeStringField("type", "application");
            g.writeStringField("bom-ref", "product");
            g.writeStringField("name", "bench-product");
            g.writeStringField("version", "1.0.0");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("components");
            for (int i = 0; i < n; i++) {
                String type = TYPES[i % TYPES.length];
                String name = "component-" + i;
                String version = (i % 7) + "." + (i % 13) + "." + (i % 5);
                g.writeStartObject();
                g.writeStringField("type", "library");
                g.writeStringField("bom-ref", "c" + i);
                g.writeObjectFieldStart("supplier");
                g.writeStringField("name", "Supplier " + (i % 500));
                g.writeArrayFieldStart("url");
                g.writeString("https://supplier" + (i % 500) + ".example");
                g.writeEndArray();
                g.writeEndObject();
                g.writeStringField("group", "org.example.g" + (i % 1000));
                g.writeStringField("name", name);
                g.writeStringField("version", version);
                g.writeArrayFieldStart("hashes");
                g.writeStartObject();
                g.writeStringField("alg", "SHA-256");
                g.writeStringField("content", String.format("%064x", random.nextLong() & Long.MAX_VALUE));
                g.writeEndObject();
                g.writeEndArray();
                g.writeArrayFieldStart("licenses");
                g.writeStartObject();
                g.writeObjectFieldStart("license");
                g.writeStringField("id", LICENSES[i % LICENSES.length]);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("purl", "pkg:" + type + "/org.example.g" + (i % 1000) + "/" + name + "@" + version);
                g.writeArrayFieldStart("properties");
                g.writeStartObject();
                g.writeStringField("name", "bsi:component:filename");
                g.writeStringField("value", name + "-" + version + ".jar");
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("dependencies");
            g.writeStartObject();
            g.writeStringField("ref", "product");
            g.writeArrayFieldStart("dependsOn");
            for (int i = 0; i < Math.min(50, n); i++) g.writeString("c" + i);
            g.writeEndArray();
            g.writeEndObject();
            for (int i = 0; i < n; i++) {
                g.writeStartObject();
                g.writeStringField("ref", "c" + i);
                g.writeArrayFieldStart("dependsOn");
                for (int k = 1; k <= 3; k++) {
                    int j = i + k * 50 + random.nextInt(50);
                    if (j < n) g.writeString("c" + j);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out;
    }
}
