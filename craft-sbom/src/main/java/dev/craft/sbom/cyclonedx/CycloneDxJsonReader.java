package dev.craft.sbom.cyclonedx;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.DocumentFacts;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.read.Json;
import dev.craft.sbom.read.JsonPaths;
import dev.craft.sbom.read.QuickSchema;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomAssembler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CycloneDX JSON document: the big arrays ({@code components}, {@code dependencies}) are read one
 * element at a time, each validated against its schema definition and mapped at once, so memory holds one
 * component tree, never the document tree. Everything else (metadata, compositions, ...) is small and is
 * validated as one "skeleton" document against the full schema of the declared version.
 * See ADR 0021 for the measurements behind this choice.
 */
final class CycloneDxJsonReader {

    private record Pending(JsonNode node, String location, boolean component) {}

    private final ReadContext context;
    private final ObjectMapper mapper;
    private final SbomAssembler assembler;
    private final CycloneDxJsonMapper map;
    private final List<Pending> pending = new ArrayList<>();
    private CycloneDxSchemas.JsonSchemas schemas;
    private String specVersion;
    private int vulnerabilities;

    CycloneDxJsonReader(ReadContext context, ObjectMapper mapper) {
        this.context = context;
        this.mapper = mapper;
        this.assembler = new SbomAssembler(context);
        this.map = new CycloneDxJsonMapper(context, assembler);
    }

    Result read() {
        ObjectNode skeleton = mapper.createObjectNode();
        try (JsonParser p = Json.open(mapper, context.input())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw notAnObject();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "components" -> {
                        skeleton.putArray("components");
                        if (value == JsonToken.START_ARRAY) elements(p, "$.components", true);
                        else skeleton.set("components", mapper.readTree(p));
                    }
                    case "dependencies" -> {
                        skeleton.putArray("dependencies");
                        if (value == JsonToken.START_ARRAY) elements(p, "$.dependencies", false);
                        else skeleton.set("dependencies", mapper.readTree(p));
                    }
                    default -> {
                        JsonNode node = mapper.readTree(p);
                        skeleton.set(field, node);
                        if (field.equals("specVersion")) version(node);
                        if (field.equals("vulnerabilities")) vulnerabilities = node.size();
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new InputException(Problem.at(context.source(), "line " + p.currentLocation().getLineNr(),
                        "unexpected content after the end of the JSON document"));
            }
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw Json.problem(context.source(), e);
        }
        if (specVersion == null) {
            context.schemaError("$", "required property 'specVersion' not found");
            specVersion = "unknown";
        }
        for (Pending p : pending) validate(p.node, p.location, p.component);
        if (schemas != null) {
            for (var e : schemas.document().validate(skeleton)) {
                context.schemaError(JsonPaths.fromPointer(e.getInstanceLocation().toString()), message(e));
            }
            context.schemaChecked();
        }
        map.subject(skeleton);
        JsonNode comps = skeleton.path("compositions");
        for (int i = 0; i < comps.size(); i++) map.composition(comps.get(i), "$.compositions[" + i + "]");
        Sbom sbom = assembler.build(map.metadata(skeleton, specVersion));
        var facts = new DocumentFacts(vulnerabilities, skeleton.has("signature"), skeleton.path("services").size(), 0);
        return new Result(sbom, facts);
    }

    record Result(Sbom sbom, DocumentFacts facts) {}

    private void version(JsonNode node) {
        specVersion = node.isTextual() ? node.asText() : node.toString();
        schemas = CycloneDxSchemas.json(specVersion);
        if (schemas == null) {
            context.schemaError("$.specVersion", "'" + specVersion + "' is not a CycloneDX JSON version craft can validate (1.2 to 1.7)");
        }
    }

    private void elements(JsonParser p, String path, boolean components) throws IOException {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = mapper.readTree(p);
            String location = path + "[" + i++ + "]";
            if (specVersion == null) pending.add(new Pending(node, location, components));
            else validate(node, location, components);
            if (components) map.component(node, location, null);
            else map.dependency(node, location);
        }
    }

    private void validate(JsonNode node, String location, boolean component) {
        if (schemas == null) return;
        QuickSchema quick = component ? schemas.quickComponent() : schemas.quickDependency();
        if (quick.verdict(node) == QuickSchema.Verdict.VALID) return;
        Schema schema = component ? schemas.component() : schemas.dependency();
        for (var e : schema.validate(node)) {
            context.schemaError(JsonPaths.under(location, e.getInstanceLocation().toString()), message(e));
        }
    }

    /** The validator's message without the location prefix it repeats. */
    static String message(com.networknt.schema.Error e) {
        String at = e.getInstanceLocation().toString();
        String message = e.getMessage();
        if (message.startsWith(at + ": ")) return message.substring(at.length() + 2);
        if (message.startsWith(": ")) return message.substring(2);
        return message;
    }

    private InputException notAnObject() {
        return new InputException(new Problem(context.source(), "line 1", "a CycloneDX JSON document must be a JSON object", "{ \"bomFormat\": \"CycloneDX\", ... }"));
    }
}
