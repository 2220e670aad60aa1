package dev.craft.kb.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A view on one node of a parsed YAML/JSON tree that knows its JSON path and reports type errors and
 * unknown fields to a {@link Problems} collector instead of throwing, so that a reader can check a whole
 * file in one pass. Absent and {@code null} values read as {@code null} ("not known").
 *
 * <pre>
 * StrictNode company = root.field("company");
 * String name = company.field("name").requiredText();
 * company.finish();   // reports every field of company that was never asked for
 * </pre>
 */
public final class StrictNode {

    private final Problems problems;
    private final JsonNode json;
    private final String path;
    private final Set<String> known = new LinkedHashSet<>();

    private StrictNode(Problems problems, JsonNode json, String path) {
        this.problems = problems;
        this.json = json;
        this.path = path;
    }

    public static StrictNode root(JsonNode json, Problems problems) {
        return new StrictNode(problems, json, "$");
    }

    public String path() {
        return path;
    }

    public JsonNode json() {
        return json;
    }

    public Problems problems() {
        return problems;
    }

    /** True when the node exists and is not {@code null}. */
    public boolean present() {
        return json != null && !json.isNull() && !json.isMissingNode();
    }

    /** The named field of this mapping (registered as a known field); absent fields give an absent node. */
    public StrictNode field(String name) {
        known.add(name);
        JsonNode child = json != null && json.isObject() ? json.get(name) : null;
        return new StrictNode(problems, child, path + "." + name);
    }

    /** True when this mapping has the named field with a non-null value (does not register it). */
    public boolean has(String name) {
        return json != null && json.isObject() && json.hasNonNull(name);
    }

    /** Reports a problem at this node. */
    public void problem(String message, String expected) {
        problems.add(path, message, expected);
    }

    /** Checks that this node, if present, is a mapping; returns false (and reports) otherwise. */
    public boolean isMapping() {
        if (!present()) return false;
        if (!json.isObject()) {
            problem("expected a mapping, found " + describe(json), "a mapping of fields");
            return false;
        }
        return true;
    }

    /** Like {@link #isMapping()} but also reports an absent node. */
    public boolean requireMapping() {
        if (!present()) {
            problem("missing", "a mapping of fields");
            return false;
        }
        return isMapping();
    }

    /** Reports every field of this mapping that no reader asked for. */
    public void finish() {
        if (json == null || !json.isObject()) return;
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(path + "." + name, "unknown field '" + name + "'", "one of " + String.join(", ", known));
            }
        }
    }

    public String text() {
        if (!present()) return null;
        if (!json.isTextual()) {
            problem("expected text, found " + describe(json), "a string");
            return null;
        }
        return json.asText();
    }

    public String requiredText() {
        if (!present()) {
            problem("missing", "a string");
            return null;
        }
        String s = text();
        if (s != null && s.isBlank()) {
            problem("must not be blank", "a non-empty string");
            return null;
        }
        return s;
    }

    public Boolean bool() {
        if (!present()) return null;
        if (!json.isBoolean()) {
            problem("expected true or false, found " + describe(json), "true or false");
            return null;
        }
        return json.asBoolean();
    }

    public Long integer() {
        if (!present()) return null;
        if (!json.isIntegralNumber() || !json.canConvertToLong()) {
            problem("expected a whole number, found " + describe(json), "a whole number");
            return null;
        }
        return json.asLong();
    }

    public Double number() {
        if (!present()) return null;
        if (!json.isNumber()) {
            problem("expected a number, found " + describe(json), "a number");
            return null;
        }
        return json.asDouble();
    }

    /** An ISO-8601 calendar date ({@code 2027-12-11}); YAML may give it unquoted. */
    public LocalDate date() {
        if (!present()) return null;
        if (!json.isTextual()) {
            problem("expected a date, found " + describe(json), "a date YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(json.asText());
        } catch (DateTimeParseException e) {
            problem("'" + json.asText() + "' is not a valid date", "a date YYYY-MM-DD");
            return null;
        }
    }

    /** The elements of a sequence; an absent node gives null, a non-sequence a problem and null. */
    public List<StrictNode> items() {
        if (!present()) return null;
        if (!json.isArray()) {
            problem("expected a list, found " + describe(json), "a list");
            return null;
        }
        var out = new ArrayList<StrictNode>(json.size());
        for (int i = 0; i < json.size(); i++) out.add(new StrictNode(problems, json.get(i), path + "[" + i + "]"));
        return out;
    }

    /** A sequence of strings; a single string is also accepted as a list of one. */
    public List<String> texts() {
        if (!present()) return null;
        if (json.isTextual()) return List.of(json.asText());
        List<StrictNode> items = items();
        if (items == null) return null;
        var out = new ArrayList<String>(items.size());
        for (StrictNode item : items) {
            String s = item.text();
            if (s != null) out.add(s);
            else if (!item.present()) item.problem("null in a list", "a string");
        }
        return out;
    }

    /** The field names of a mapping, in file order (without registering them). */
    public List<String> fieldNames() {
        var out = new ArrayList<String>();
        if (json != null && json.isObject()) json.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static String describe(JsonNode node) {
        if (node.isObject()) return "a mapping";
        if (node.isArray()) return "a list";
        if (node.isTextual()) return "text '" + abbreviate(node.asText()) + "'";
        if (node.isBoolean()) return node.asText();
        if (node.isNumber()) return "number " + node.asText();
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
