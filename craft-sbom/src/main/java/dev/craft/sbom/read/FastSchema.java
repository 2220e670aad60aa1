package dev.craft.sbom.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;
import com.networknt.schema.regex.RegularExpressions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A draft-07 JSON Schema compiled once into a tree of {@link Node}s that {@link FastCheck} runs over parser
 * tokens, without building a JSON tree. It is a fast path in front of networknt, not a replacement:
 * it answers "certainly valid" only for keywords it implements exactly as networknt does, and otherwise
 * {@link FastCheck.Verdict#UNSURE}, after which the caller validates the element with networknt, which also
 * gives the precise message. Formats and regular expressions are networknt's own (same classes, same
 * pattern rewriting), so the two cannot drift apart on them. See ADR 0024.
 */
public final class FastSchema {

    static final int NULL = 1, BOOLEAN = 2, OBJECT = 4, ARRAY = 8, NUMBER = 16, INTEGER = 32, STRING = 64;

    /** Keywords that only annotate. Any keyword not here and not implemented makes the node "unsupported". */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "examples", "default", "definitions", "meta:enum", "deprecated", "readOnly", "writeOnly");
    private static final Map<String, Format> FORMATS = new HashMap<>();
    /** The schema {@code true}: what applies to properties and items no keyword constrains. */
    static final Node ANY = new Node();

    static {
        for (Format f : Formats.DEFAULT) FORMATS.put(f.getName(), f);
    }

    /** One compiled (sub)schema, opaque outside this package. Fields are null or -1 when the keyword is absent. */
    public static final class Node {
        boolean alwaysFalse;
        boolean unsupported;
        int types;
        Map<String, Node> properties;
        boolean additionalFalse;
        Node additional;
        String[] required;
        Set<Object> enumValues;
        Object constValue;
        boolean hasConst;
        Pattern pattern;
        java.util.function.Predicate<String> hexDigest;
        Format format;
        /** Strings this node's format already accepted (URLs repeat: licence texts, vendors' sites); bounded. */
        final java.util.concurrent.ConcurrentHashMap<String, Boolean> formatAccepted = new java.util.concurrent.ConcurrentHashMap<>();
        int minLength = -1, maxLength = -1, minItems = -1, maxItems = -1;
        Double minimum, maximum, exclusiveMinimum, exclusiveMaximum;
        Node items;
        Node[] tupleItems;
        boolean additionalItemsFalse;
        Node additionalItems;
        boolean uniqueItems;
        Node[] allOf, anyOf, oneOf;
        Node not, ifSchema, thenSchema, elseSchema;
        String ref;
        Node refTarget;
    }

    /**
     * CycloneDX's {@code hash-content} pattern, run once per hash: a whole string of 32, 40, 64, 96 or 128 hex
     * digits. Checked by {@link #isHexDigest} instead of the regex (the differential test holds them equal).
     */
    static final String HASH_CONTENT = "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$";

    static boolean isHexDigest(String s) {
        int n = s.length();
        if (n != 32 && n != 40 && n != 64 && n != 96 && n != 128) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) return false;
        }
        return true;
    }

    private final String base;
    private final Function<String, InputStream> classpath;
    private final Map<String, JsonNode> documents = new HashMap<>();
    private final Map<String, Node> compiled = new HashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();
    private final java.util.ArrayList<Node> unresolved = new java.util.ArrayList<>();

    /**
     * @param base      the IRI prefix the schemas' {@code $id}s share (e.g. {@code http://cyclonedx.org/schema/})
     * @param classpath opens a schema file by its name relative to base; null when it is not available
     */
    public FastSchema(String base, Function<String, InputStream> classpath) {
        this.base = base;
        this.classpath = classpath;
    }

    /**
     * The compiled node for {@code file#pointer} (the whole file for an empty pointer), with every
     * {@code $ref} it can reach resolved, so that the result is immutable from here on and safe to share.
     */
    public synchronized Node node(String file, String pointer) {
        Node n = resolve(file + "#" + pointer, file);
        while (!unresolved.isEmpty()) {
            Node r = unresolved.removeLast();
            r.refTarget = resolve(r.ref, null);
        }
        return n;
    }

    private Node resolve(String ref, String currentFile) {
        String r = ref.startsWith(base) ? ref.substring(base.length()) : ref;
        int hash = r.indexOf('#');
        String file = hash < 0 ? r : r.substring(0, hash);
        String pointer = hash < 0 ? "" : r.substring(hash + 1);
        if (file.isEmpty()) file = currentFile;
        if (file == null) file = "";
        String key = file + "#" + pointer;
        Node done = compiled.get(key);
        if (done != null) return done;
        JsonNode doc = document(file);
        JsonNode target = doc == null || !(pointer.isEmpty() || pointer.startsWith("/")) ? null : doc.at(pointer);
        Node n = new Node();
        compiled.put(key, n);
        if (target == null || target.isMissingNode()) n.unsupported = true;
        else fill(n, target, file);
        return n;
    }

    private JsonNode document(String file) {
        if (file.contains("/") || file.contains(":")) return null;
        return documents.computeIfAbsent(file, f -> {
            try (InputStream in = classpath.apply(f)) {
                return in == null ? null : mapper.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled schema " + f, e);
            }
        });
    }

    private Node compile(JsonNode s, String file) {
        Node n = new Node();
        fill(n, s, file);
        return n;
    }

    private void fill(Node n, JsonNode s, String file) {
        if (s.isBoolean()) {
            n.alwaysFalse = !s.booleanValue();
            return;
        }
        if (!s.isObject()) {
            n.unsupported = true;
            return;
        }
        if (s.has("$ref")) {
            // draft-07: $ref ignores its siblings
            String ref = s.get("$ref").asText();
            n.ref = ref.startsWith("#") ? file + ref : ref;
            unresolved.add(n);
            return;
        }
        for (var it = s.fields(); it.hasNext(); ) {
            var e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "type" -> n.types = types(v, n);
                case "properties" -> {
                    n.properties = new HashMap<>();
                    for (var p = v.fields(); p.hasNext(); ) {
                        var pe = p.next();
                        n.properties.put(pe.getKey(), compile(pe.getValue(), file));
                    }
                }
                case "additionalProperties" -> {
                    if (v.isBoolean() && !v.booleanValue()) n.additionalFalse = true;
                    else if (!v.isBoolean()) n.additional = compile(v, file);
                }
                case "required" -> {
                    n.required = new String[v.size()];
                    for (int i = 0; i < v.size(); i++) n.required[i] = v.get(i).asText();
                }
                case "enum" -> {
                    n.enumValues = new HashSet<>();
                    for (JsonNode x : v) n.enumValues.add(FastCheck.canonical(x));
                }
                case "const" -> {
                    n.hasConst = true;
                    n.constValue = FastCheck.canonical(v);
                }
                case "pattern" -> {
                    n.pattern = Pattern.compile(RegularExpressions.replaceLongformCharacterProperties(
                            RegularExpressions.replaceDollarAnchors(v.asText())));
                    if (v.asText().equals(HASH_CONTENT)) n.hexDigest = FastSchema::isHexDigest;
                }
                // An unknown format (1.2 has "format": "string") asserts nothing, in networknt as in the spec.
                case "format" -> n.format = FORMATS.get(v.asText());
                case "minLength" -> n.minLength = v.asInt();
                case "maxLength" -> n.maxLength = v.asInt();
                case "minItems" -> n.minItems = v.asInt();
                case "maxItems" -> n.maxItems = v.asInt();
                case "minimum" -> n.minimum = v.asDouble();
                case "maximum" -> n.maximum = v.asDouble();
                case "exclusiveMinimum" -> n.exclusiveMinimum = v.asDouble();
                case "exclusiveMaximum" -> n.exclusiveMaximum = v.asDouble();
                case "uniqueItems" -> n.uniqueItems = v.asBoolean();
                case "items" -> {
                    if (v.isArray()) {
                        n.tupleItems = new Node[v.size()];
                        for (int i = 0; i < v.size(); i++) n.tupleItems[i] = compile(v.get(i), file);
                    } else {
                        n.items = compile(v, file);
                    }
                }
                case "additionalItems" -> {
                    if (v.isBoolean() && !v.booleanValue()) n.additionalItemsFalse = true;
                    else if (!v.isBoolean()) n.additionalItems = compile(v, file);
                }
                case "allOf" -> n.allOf = all(v, file);
                case "anyOf" -> n.anyOf = all(v, file);
                case "oneOf" -> n.oneOf = all(v, file);
                case "not" -> n.not = compile(v, file);
                case "if" -> n.ifSchema = compile(v, file);
                case "then" -> n.thenSchema = compile(v, file);
                case "else" -> n.elseSchema = compile(v, file);
                default -> {
                    if (!ANNOTATIONS.contains(k)) n.unsupported = true;
                }
            }
        }
        if (n.ifSchema == null) {
            n.thenSchema = null;
            n.elseSchema = null;
        }
        if (n.tupleItems == null) {
            n.additionalItems = null;
            n.additionalItemsFalse = false;
        }
    }

    private Node[] all(JsonNode v, String file) {
        Node[] out = new Node[v.size()];
        for (int i = 0; i < v.size(); i++) out[i] = compile(v.get(i), file);
        return out;
    }

    private static int types(JsonNode v, Node n) {
        int t = 0;
        for (JsonNode x : v.isArray() ? v : List.of(v)) {
            t |= switch (x.asText()) {
                case "null" -> NULL;
                case "boolean" -> BOOLEAN;
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                case "number" -> NUMBER | INTEGER;
                case "integer" -> INTEGER;
                case "string" -> STRING;
                default -> {
                    n.unsupported = true;
                    yield 0;
                }
            };
        }
        return t;
    }
}
