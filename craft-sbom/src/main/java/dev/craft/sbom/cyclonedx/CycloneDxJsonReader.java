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
import dev.craft.sbom.read.FastCheck;
import dev.craft.sbom.read.Json;
import dev.craft.sbom.read.JsonPaths;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomAssembler;
import dev.craft.sbom.read.TokenTee;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CycloneDX JSON document: the big arrays ({@code components}, {@code dependencies}) are read one
 * element at a time and mapped straight from the parser's tokens, while a validator compiled once from the
 * schema's component/dependency definition checks the same tokens. An element that check cannot pass is
 * read again from its bytes and validated with networknt, which gives the exact message; so memory holds no
 * tree for the big arrays, and networknt runs only where something is (or may be) wrong. Everything else
 * (metadata, compositions, ...) is small and is validated as one "skeleton" document against the full
 * schema of the declared version. See ADR 0021 and ADR 0024 for the measurements behind this.
 */
final class CycloneDxJsonReader {

    private record Pending(long start, long end, String location, boolean component) {}

    private final ReadContext context;
    private final ObjectMapper mapper;
    private final SbomAssembler assembler;
    private final CycloneDxJsonMapper map;
    private final CycloneDxStreamMapper stream;
    private final List<Pending> pending = new ArrayList<>();
    private CycloneDxSchemas.JsonSchemas schemas;
    private String specVersion;
    private int vulnerabilities;

    CycloneDxJsonReader(ReadContext context, ObjectMapper mapper) {
        this.context = context;
        this.mapper = mapper;
        this.assembler = new SbomAssembler(context);
        this.map = new CycloneDxJsonMapper(context, assembler);
        this.stream = new CycloneDxStreamMapper(context, assembler, map, mapper);
    }

    Result read() {
        ObjectNode skeleton = mapper.createObjectNode();
        try (JsonParser raw = Json.open(mapper, context.input()); TokenTee p = new TokenTee(raw)) {
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
        for (Pending p : pending) validate(p.start, p.end, p.location, p.component);
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

    /**
     * Each element: map it from the tokens while the fast check sees the same tokens; if the check cannot
     * pass it, validate its bytes with networknt (before adding it, so problems stay in document order).
     */
    private void elements(TokenTee p, String path, boolean components) throws IOException {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String location = path + "[" + i++ + "]";
            long start = p.currentTokenLocation().getByteOffset();
            FastCheck check = null;
            if (schemas != null) check = new FastCheck(components ? schemas.fastComponent() : schemas.fastDependency());
            p.check(check);
            CycloneDxStreamMapper.Draft component = null;
            CycloneDxStreamMapper.DependencyDraft dependency = null;
            if (components) component = stream.readComponent(p, location);
            else dependency = stream.readDependency(p, location);
            p.check(null);
            long end = p.currentLocation().getByteOffset();
            if (specVersion == null) pending.add(new Pending(start, end, location, components));
            else if (check != null && check.verdict() != FastCheck.Verdict.VALID) validate(start, end, location, components);
            if (components) stream.add(component);
            else stream.add(dependency);
        }
    }

    /** networknt on one element, re-read from its bytes: the exact messages, with paths under the element's. */
    private void validate(long start, long end, String location, boolean component) {
        if (schemas == null) return;
        JsonNode node;
        try {
            node = mapper.readTree(context.input().slice(start, end));
        } catch (IOException e) {
            throw Json.problem(context.source(), e);
        }
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
