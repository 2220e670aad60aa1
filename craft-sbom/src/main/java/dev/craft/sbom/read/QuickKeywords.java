package dev.craft.sbom.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The draft-07 keywords of {@link QuickCheck}, each compiled once. Anything whose outcome could depend on
 * numeric representation or on how a validator counts characters is left UNDECIDED rather than guessed.
 */
final class QuickKeywords {

    private QuickKeywords() {}

    private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean", "null");

    static QuickCheck type(JsonNode v) {
        var names = new ArrayList<String>();
        if (v.isTextual()) names.add(v.asText());
        else if (v.isArray()) for (JsonNode t : v) names.add(t.asText());
        if (names.isEmpty() || !TYPES.containsAll(names)) return QuickCheck.UNDECIDED;
        boolean object = names.contains("object"), array = names.contains("array"), string = names.contains("string");
        boolean number = names.contains("number"), integer = names.contains("integer");
        boolean bool = names.contains("boolean"), nul = names.contains("null");
        return n -> switch (n.getNodeType()) {
            case OBJECT -> object;
            case ARRAY -> array;
            case STRING -> string;
            case BOOLEAN -> bool;
            case NULL -> nul;
            case NUMBER -> {
                if (number || (integer && n.isIntegralNumber())) yield true;
                if (integer) throw QuickCheck.Undecided.INSTANCE; // 1.0 as integer: validators differ
                yield false;
            }
            default -> throw QuickCheck.Undecided.INSTANCE;
        };
    }

    /** enum (and const): strings are compared as strings; numbers are left to the full validator. */
    static QuickCheck oneOfValues(JsonNode v) {
        if (!v.isArray()) return QuickCheck.UNDECIDED;
        Set<String> texts = QuickCheck.texts(v);
        var others = new ArrayList<JsonNode>();
        for (JsonNode e : v) if (!e.isTextual()) others.add(e);
        return n -> {
            if (n.isTextual()) return texts.contains(n.textValue());
            if (others.isEmpty()) return false;
            if (n.isNumber() || n.isContainerNode()) throw QuickCheck.Undecided.INSTANCE;
            return others.contains(n);
        };
    }

    private static final java.util.regex.Pattern HEX_ALTERNATIVES =
            java.util.regex.Pattern.compile("\\^\\((\\[a-fA-F0-9]\\{\\d+}(\\|\\[a-fA-F0-9]\\{\\d+})*)\\)\\$");

    /**
     * The hash-content pattern {@code ^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|...)$} as a plain loop: the regex tries
     * each alternative in turn, which made it the largest single cost of a component's check. Null for any
     * other pattern. ({@code $} is end of input, as networknt reads it.)
     */
    static QuickCheck hexLengths(String pattern) {
        var m = HEX_ALTERNATIVES.matcher(pattern);
        if (!m.matches()) return null;
        Set<Integer> lengths = new HashSet<>();
        for (String alt : m.group(1).split("\\|")) lengths.add(Integer.parseInt(alt.substring(alt.indexOf('{') + 1, alt.length() - 1)));
        return n -> {
            if (!n.isTextual()) return true;
            String s = n.textValue();
            if (!lengths.contains(s.length())) return false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
            }
            return true;
        };
    }

    static QuickCheck length(String k, JsonNode v) {
        if (!v.canConvertToExactIntegral()) return QuickCheck.UNDECIDED;
        int bound = v.asInt();
        boolean min = k.equals("minLength");
        return n -> {
            if (!n.isTextual()) return true;
            String s = n.textValue();
            int len = s.length();
            for (int i = 0; i < len; i++) if (Character.isSurrogate(s.charAt(i))) throw QuickCheck.Undecided.INSTANCE;
            return min ? len >= bound : len <= bound;
        };
    }

    static QuickCheck bound(String k, JsonNode v) {
        if (!v.isNumber()) return QuickCheck.UNDECIDED;
        BigDecimal limit = v.decimalValue();
        return n -> {
            if (!n.isNumber()) return true;
            if (n.isDouble() && !Double.isFinite(n.doubleValue())) throw QuickCheck.Undecided.INSTANCE;
            int c = n.decimalValue().compareTo(limit);
            return switch (k) {
                case "minimum" -> c >= 0;
                case "maximum" -> c <= 0;
                case "exclusiveMinimum" -> c > 0;
                default -> c < 0;
            };
        };
    }

    static QuickCheck required(JsonNode v) {
        if (!v.isArray()) return QuickCheck.UNDECIDED;
        String[] names = new String[v.size()];
        for (int i = 0; i < names.length; i++) names[i] = v.get(i).asText();
        return n -> {
            if (!n.isObject()) return true;
            for (String name : names) if (!n.has(name)) return false;
            return true;
        };
    }

    static QuickCheck size(String k, JsonNode v) {
        if (!v.canConvertToExactIntegral()) return QuickCheck.UNDECIDED;
        int bound = v.asInt();
        boolean props = k.endsWith("Properties");
        boolean min = k.startsWith("min");
        return n -> {
            if (props ? !n.isObject() : !n.isArray()) return true;
            return min ? n.size() >= bound : n.size() <= bound;
        };
    }

    /** {@code additional} applies to fields {@code properties} does not name; null when there is no such rule here. */
    static QuickCheck properties(JsonNode v, QuickCheck additional, URI base, Function<URI, QuickCheck> refs) {
        if (!v.isObject()) return QuickCheck.UNDECIDED;
        Map<String, QuickCheck> each = HashMap.newHashMap(v.size());
        for (var e : v.properties()) each.put(e.getKey(), QuickCheck.compile(e.getValue(), base, refs));
        QuickCheck other = additional == null ? QuickCheck.ALWAYS : additional;
        return n -> {
            if (!n.isObject()) return true;
            for (var e : n.properties()) {
                QuickCheck c = each.get(e.getKey());
                if (!(c == null ? other : c).test(e.getValue())) return false;
            }
            return true;
        };
    }

    static QuickCheck patternProperties(JsonNode v, URI base, Function<URI, QuickCheck> refs) {
        if (!v.isObject()) return QuickCheck.UNDECIDED;
        var patterns = new ArrayList<RegularExpression>();
        var checks = new ArrayList<QuickCheck>();
        for (var e : v.properties()) {
            patterns.add(JDKRegularExpressionFactory.getInstance().getRegularExpression(e.getKey()));
            checks.add(QuickCheck.compile(e.getValue(), base, refs));
        }
        return n -> {
            if (!n.isObject()) return true;
            for (var e : n.properties()) {
                for (int i = 0; i < patterns.size(); i++) {
                    if (patterns.get(i).matches(e.getKey()) && !checks.get(i).test(e.getValue())) return false;
                }
            }
            return true;
        };
    }

    static QuickCheck additionalProperties(JsonNode v, JsonNode schema, URI base, Function<URI, QuickCheck> refs) {
        QuickCheck extra = QuickCheck.compile(v, base, refs);
        if (extra == QuickCheck.ALWAYS) return QuickCheck.ALWAYS;
        Set<String> declared = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        var patterns = new ArrayList<RegularExpression>();
        schema.path("patternProperties").fieldNames().forEachRemaining(
                p -> patterns.add(JDKRegularExpressionFactory.getInstance().getRegularExpression(p)));
        return n -> {
            if (!n.isObject()) return true;
            for (var e : n.properties()) {
                if (declared.contains(e.getKey())) continue;
                if (!patterns.isEmpty() && patterns.stream().anyMatch(p -> p.matches(e.getKey()))) continue;
                if (!extra.test(e.getValue())) return false;
            }
            return true;
        };
    }

    static QuickCheck items(JsonNode v, JsonNode additional, URI base, Function<URI, QuickCheck> refs) {
        if (v.isArray()) {
            List<QuickCheck> tuple = new ArrayList<>();
            for (JsonNode s : v) tuple.add(QuickCheck.compile(s, base, refs));
            QuickCheck rest = additional == null ? QuickCheck.ALWAYS : QuickCheck.compile(additional, base, refs);
            return n -> {
                if (!n.isArray()) return true;
                for (int i = 0; i < n.size(); i++) {
                    QuickCheck c = i < tuple.size() ? tuple.get(i) : rest;
                    if (!c.test(n.get(i))) return false;
                }
                return true;
            };
        }
        QuickCheck each = QuickCheck.compile(v, base, refs);
        return n -> {
            if (!n.isArray()) return true;
            for (JsonNode e : n) if (!each.test(e)) return false;
            return true;
        };
    }

    /** Strings are compared as strings; anything else is left to the full validator (1 versus 1.0). */
    static boolean unique(JsonNode n) {
        if (!n.isArray() || n.size() < 2) return true;
        var seen = new HashSet<String>();
        for (JsonNode e : n) {
            if (!e.isTextual()) throw QuickCheck.Undecided.INSTANCE;
            if (!seen.add(e.textValue())) return false;
        }
        return true;
    }

    static QuickCheck combination(String k, JsonNode v, URI base, Function<URI, QuickCheck> refs) {
        if (!v.isArray() || v.isEmpty()) return QuickCheck.UNDECIDED;
        QuickCheck[] branches = new QuickCheck[v.size()];
        for (int i = 0; i < branches.length; i++) branches[i] = QuickCheck.compile(v.get(i), base, refs);
        return switch (k) {
            case "allOf" -> n -> {
                for (QuickCheck b : branches) if (!b.test(n)) return false;
                return true;
            };
            case "anyOf" -> n -> {
                boolean undecided = false;
                for (QuickCheck b : branches) {
                    try {
                        if (b.test(n)) return true;
                    } catch (QuickCheck.Undecided e) {
                        undecided = true;
                    }
                }
                if (undecided) throw QuickCheck.Undecided.INSTANCE;
                return false;
            };
            default -> n -> {
                int valid = 0;
                boolean undecided = false;
                for (QuickCheck b : branches) {
                    try {
                        if (b.test(n) && ++valid > 1) return false;
                    } catch (QuickCheck.Undecided e) {
                        undecided = true;
                    }
                }
                if (undecided) throw QuickCheck.Undecided.INSTANCE;
                return valid == 1;
            };
        };
    }
}
