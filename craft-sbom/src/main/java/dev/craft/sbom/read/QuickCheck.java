package dev.craft.sbom.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** One compiled draft-07 schema (or keyword) of a {@link QuickSchema}: true when the node is valid. */
@FunctionalInterface
interface QuickCheck {

    /** Thrown (without a stack trace) when the check cannot tell; {@link QuickSchema} turns it into UNDECIDED. */
    final class Undecided extends RuntimeException {
        static final Undecided INSTANCE = new Undecided();

        private Undecided() {
            super("undecided", null, false, false);
        }
    }

    boolean test(JsonNode node);

    QuickCheck UNDECIDED = n -> {
        throw Undecided.INSTANCE;
    };
    QuickCheck ALWAYS = n -> true;

    /** A reference, filled in after compilation so that recursive schemas compile. */
    final class Ref implements QuickCheck {
        QuickCheck target;

        @Override
        public boolean test(JsonNode node) {
            return target.test(node);
        }
    }

    /** Keywords that never fail validation (annotations, and vendor keywords craft registers as annotations). */
    Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "default", "$comment", "$schema",
            "definitions", "meta:enum", "deprecated", "readOnly", "writeOnly");

    /** networknt's own format implementations, by name (the same objects its validator calls). */
    Map<String, Format> FORMATS = formats();

    private static Map<String, Format> formats() {
        var m = new HashMap<String, Format>();
        for (Format f : Formats.DEFAULT) m.put(f.getName(), f);
        return Map.copyOf(m);
    }

    static QuickCheck compile(JsonNode schema, URI base, Function<URI, QuickCheck> refs) {
        if (schema.isBoolean()) return schema.booleanValue() ? ALWAYS : n -> false;
        if (!schema.isObject()) return UNDECIDED;
        if (schema.has("$ref")) {
            for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!k.equals("$ref") && !k.equals("$id") && !ANNOTATIONS.contains(k)) return UNDECIDED;
            }
            return schema.get("$ref").isTextual() ? refs.apply(base.resolve(schema.get("$ref").asText())) : UNDECIDED;
        }
        var checks = new ArrayList<QuickCheck>();
        for (var it = schema.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            QuickCheck c = keyword(e.getKey(), e.getValue(), schema, base, refs);
            if (c == UNDECIDED) return UNDECIDED;
            if (c != ALWAYS) checks.add(c);
        }
        return all(checks);
    }

    private static QuickCheck all(List<QuickCheck> checks) {
        if (checks.isEmpty()) return ALWAYS;
        if (checks.size() == 1) return checks.getFirst();
        QuickCheck[] a = checks.toArray(QuickCheck[]::new);
        return n -> {
            for (QuickCheck c : a) if (!c.test(n)) return false;
            return true;
        };
    }

    private static QuickCheck keyword(String k, JsonNode v, JsonNode schema, URI base, Function<URI, QuickCheck> refs) {
        if (ANNOTATIONS.contains(k)) return ALWAYS;
        return switch (k) {
            case "$id" -> v.isTextual() && (v.asText().startsWith("#") || base.resolve(v.asText()).equals(base)) ? ALWAYS : UNDECIDED;
            case "if" -> {
                QuickCheck condition = compile(v, base, refs);
                QuickCheck then = schema.has("then") ? compile(schema.get("then"), base, refs) : ALWAYS;
                QuickCheck otherwise = schema.has("else") ? compile(schema.get("else"), base, refs) : ALWAYS;
                yield n -> condition.test(n) ? then.test(n) : otherwise.test(n);
            }
            case "then", "else" -> ALWAYS; // applied together with if
            case "type" -> QuickKeywords.type(v);
            case "enum" -> QuickKeywords.oneOfValues(v);
            case "const" -> QuickKeywords.oneOfValues(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(v));
            case "pattern" -> {
                if (!v.isTextual()) yield UNDECIDED;
                QuickCheck hex = QuickKeywords.hexLengths(v.asText());
                if (hex != null) yield hex;
                RegularExpression re = JDKRegularExpressionFactory.getInstance().getRegularExpression(v.asText());
                yield n -> !n.isTextual() || re.matches(n.textValue());
            }
            case "format" -> {
                Format f = v.isTextual() ? FORMATS.get(v.asText()) : null;
                yield f == null ? ALWAYS : n -> !n.isTextual() || f.matches(null, n.textValue());
            }
            case "minLength", "maxLength" -> QuickKeywords.length(k, v);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> QuickKeywords.bound(k, v);
            case "required" -> QuickKeywords.required(v);
            case "minProperties", "maxProperties", "minItems", "maxItems" -> QuickKeywords.size(k, v);
            case "properties" -> combinedFields(schema)
                    ? QuickKeywords.properties(v, QuickCheck.compile(schema.get("additionalProperties"), base, refs), base, refs)
                    : QuickKeywords.properties(v, null, base, refs);
            case "patternProperties" -> QuickKeywords.patternProperties(v, base, refs);
            case "additionalProperties" -> combinedFields(schema) ? ALWAYS : QuickKeywords.additionalProperties(v, schema, base, refs);
            case "items" -> QuickKeywords.items(v, schema.get("additionalItems"), base, refs);
            case "additionalItems" -> ALWAYS; // applied together with items
            case "uniqueItems" -> v.isBoolean() && v.booleanValue() ? QuickKeywords::unique : ALWAYS;
            case "allOf", "anyOf", "oneOf" -> QuickKeywords.combination(k, v, base, refs);
            case "not" -> {
                QuickCheck c = compile(v, base, refs);
                yield c == UNDECIDED ? UNDECIDED : n -> !c.test(n);
            }
            default -> UNDECIDED;
        };
    }

    /** properties and additionalProperties checked in one pass over the fields (one map lookup per field). */
    private static boolean combinedFields(JsonNode schema) {
        return schema.has("properties") && schema.has("additionalProperties") && !schema.has("patternProperties");
    }

    static Set<String> texts(JsonNode array) {
        var s = new HashSet<String>();
        for (JsonNode e : array) if (e.isTextual()) s.add(e.textValue());
        return s;
    }
}
