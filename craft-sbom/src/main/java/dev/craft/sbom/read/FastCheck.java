package dev.craft.sbom.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.sbom.read.FastSchema.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Checks one JSON value against a {@link FastSchema} node, fed token by token as a parser reads the value
 * (see {@link TokenTee}). Subschemas that apply to the same value ({@code $ref}, {@code allOf}, {@code anyOf},
 * {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else}) run side by side on the same tokens;
 * property and item values get a child check each. The verdict is {@link Verdict#VALID} only when every
 * keyword involved was decided exactly; anything the fast path does not implement is {@link Verdict#UNSURE}.
 */
public final class FastCheck {

    public enum Verdict { VALID, INVALID, UNSURE }

    private static final Object NULL = new Object();
    private static final int FORMAT_CACHE = 4096;

    private final Node node;
    private FastCheck[] parallel;
    private FastCheck child;
    private Node pending;
    private Canon canon;
    private boolean started;
    private boolean done;
    private boolean object;
    private Verdict own = Verdict.VALID;
    private long requiredSeen;
    private int items;
    private HashSet<Object> uniques;

    public FastCheck(Node node) {
        this.node = target(node);
    }

    /** draft-07: a schema with $ref is that reference, its siblings ignored; so checks start at the target. */
    private static Node target(Node n) {
        for (int hops = 0; n.refTarget != null && hops < 64; hops++) n = n.refTarget;
        return n;
    }

    /** True when a scalar value can be checked against the node without a child check of its own. */
    private static boolean inline(Node n) {
        return n.refTarget == null && n.ref == null && n.allOf == null && n.anyOf == null && n.oneOf == null
                && n.not == null && n.ifSchema == null;
    }

    public boolean isDone() {
        return done;
    }

    /** Feeds the next token of the value (the first call gets its first token). */
    public void feed(JsonToken t, JsonParser p) throws IOException {
        if (!started) {
            started = true;
            first(t, p);
            return;
        }
        if (parallel != null) for (FastCheck c : parallel) c.feed(t, p);
        if (child != null) {
            child.feed(t, p);
            if (canon != null) canon.feed(t, p);
            if (child.done) childDone();
            return;
        }
        if (pending != null) {
            Node n = pending;
            pending = null;
            if (t.isScalarValue() && inline(n)) {
                merge(scalar(n, t, p));
                return;
            }
            child = new FastCheck(n);
            child.feed(t, p);
            if (child.done) childDone();
            return;
        }
        switch (t) {
            case FIELD_NAME -> pending = property(p.currentName());
            case END_OBJECT, END_ARRAY -> finish();
            default -> {
                Node n = item(items++);
                if (t.isScalarValue() && inline(n)) {
                    merge(scalar(n, t, p));
                    if (node.uniqueItems && !uniques.add(scalarValue(t, p))) fail();
                    return;
                }
                if (node.uniqueItems) canon = new Canon();
                child = new FastCheck(n);
                child.feed(t, p);
                if (canon != null) canon.feed(t, p);
                if (child.done) childDone();
            }
        }
    }

    private void first(JsonToken t, JsonParser p) throws IOException {
        Node n = node;
        if (n.refTarget != null) {
            parallel = new FastCheck[] {new FastCheck(n.refTarget)};
        } else if (n.allOf != null || n.anyOf != null || n.oneOf != null || n.not != null || n.ifSchema != null) {
            var list = new ArrayList<FastCheck>();
            add(list, n.allOf);
            add(list, n.anyOf);
            add(list, n.oneOf);
            if (n.not != null) list.add(new FastCheck(n.not));
            if (n.ifSchema != null) {
                list.add(new FastCheck(n.ifSchema));
                if (n.thenSchema != null) list.add(new FastCheck(n.thenSchema));
                if (n.elseSchema != null) list.add(new FastCheck(n.elseSchema));
            }
            parallel = list.toArray(FastCheck[]::new);
        }
        if (parallel != null) for (FastCheck c : parallel) c.feed(t, p);
        if (n.unsupported || n.ref != null && n.refTarget == null) own = Verdict.UNSURE;
        if (n.alwaysFalse) own = Verdict.INVALID;
        switch (t) {
            case START_OBJECT -> {
                object = true;
                if (!typeAllows(FastSchema.OBJECT)) fail();
                if (n.enumValues != null || n.hasConst) unsure();
            }
            case START_ARRAY -> {
                if (!typeAllows(FastSchema.ARRAY)) fail();
                if (n.enumValues != null || n.hasConst) unsure();
                if (n.uniqueItems) uniques = new HashSet<>();
            }
            default -> {
                merge(scalar(n, t, p));
                done = true;
            }
        }
    }

    private static void add(List<FastCheck> list, Node[] nodes) {
        if (nodes != null) for (Node x : nodes) list.add(new FastCheck(x));
    }

    private boolean typeAllows(int type) {
        return allows(node, type);
    }

    private static boolean allows(Node n, int type) {
        return n.types == 0 || (n.types & type) != 0;
    }

    /** A scalar value against a node without combinators (or the node's own keywords, when it has some). */
    private static Verdict scalar(Node n, JsonToken t, JsonParser p) throws IOException {
        if (n.alwaysFalse) return Verdict.INVALID;
        Verdict v = n.unsupported ? Verdict.UNSURE : Verdict.VALID;
        boolean ok = switch (t) {
            case VALUE_STRING -> allows(n, FastSchema.STRING) && string(n, p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (n.enumValues != null || n.hasConst) v = Verdict.UNSURE;
                yield allows(n, t == JsonToken.VALUE_NUMBER_INT ? FastSchema.INTEGER : FastSchema.NUMBER) && number(n, p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> allows(n, FastSchema.BOOLEAN) && equalsEnum(n, t == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> allows(n, FastSchema.NULL) && equalsEnum(n, NULL);
            default -> {
                v = Verdict.UNSURE;
                yield true;
            }
        };
        if (!ok) return Verdict.INVALID;
        if (v == Verdict.VALID && n.format != null && t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            if (n.formatAccepted.containsKey(text)) return v;
            try {
                if (!n.format.matches(null, text)) return Verdict.INVALID;
            } catch (RuntimeException e) {
                return Verdict.UNSURE;
            }
            if (n.formatAccepted.size() < FORMAT_CACHE) n.formatAccepted.put(text, Boolean.TRUE);
        }
        return v;
    }

    private static boolean string(Node n, String s) {
        if (!equalsEnum(n, s)) return false;
        if (n.minLength >= 0 || n.maxLength >= 0) {
            int len = s.codePointCount(0, s.length());
            if (n.minLength >= 0 && len < n.minLength || n.maxLength >= 0 && len > n.maxLength) return false;
        }
        if (n.hexDigest != null) return n.hexDigest.test(s);
        return n.pattern == null || n.pattern.matcher(s).find();
    }

    private static boolean number(Node n, double v) {
        if (n.minimum != null && v < n.minimum || n.maximum != null && v > n.maximum) return false;
        return !(n.exclusiveMinimum != null && v <= n.exclusiveMinimum || n.exclusiveMaximum != null && v >= n.exclusiveMaximum);
    }

    private static boolean equalsEnum(Node n, Object value) {
        if (n.enumValues != null && !n.enumValues.contains(value)) return false;
        return !n.hasConst || n.constValue.equals(value);
    }

    private Node property(String name) {
        Node n = node;
        String[] required = n.required;
        if (required != null) {
            for (int i = 0; i < required.length && i < 64; i++) if (required[i].equals(name)) requiredSeen |= 1L << i;
        }
        Node p = n.properties == null ? null : n.properties.get(name);
        if (p == null) {
            if (n.additionalFalse) fail();
            p = n.additional;
        }
        return target(p == null ? FastSchema.ANY : p);
    }

    private Node item(int index) {
        Node n = node;
        Node p;
        if (n.tupleItems != null) {
            if (index < n.tupleItems.length) p = n.tupleItems[index];
            else {
                if (n.additionalItemsFalse) fail();
                p = n.additionalItems;
            }
        } else {
            p = n.items;
        }
        return target(p == null ? FastSchema.ANY : p);
    }

    private void childDone() {
        merge(child.verdict());
        child = null;
        if (canon != null) {
            if (!uniques.add(canon.value())) fail();
            canon = null;
        }
    }

    private void finish() {
        Node n = node;
        done = true;
        if (object) {
            if (n.required != null) {
                if (n.required.length > 64) unsure();
                else if (Long.bitCount(requiredSeen) != n.required.length) fail();
            }
        } else {
            if (n.minItems >= 0 && items < n.minItems || n.maxItems >= 0 && items > n.maxItems) fail();
        }
    }

    private void fail() {
        own = Verdict.INVALID;
    }

    private void unsure() {
        if (own == Verdict.VALID) own = Verdict.UNSURE;
    }

    private void merge(Verdict v) {
        if (v == Verdict.INVALID) own = Verdict.INVALID;
        else if (v == Verdict.UNSURE) unsure();
    }

    /** The result; meaningful once {@link #isDone()}. */
    public Verdict verdict() {
        if (!done) return Verdict.UNSURE;
        if (own == Verdict.INVALID || parallel == null) return own;
        Node n = node;
        int i = 0;
        if (n.refTarget != null) {
            merge(parallel[0].verdict());
            return own;
        }
        if (n.allOf != null) for (int k = 0; k < n.allOf.length; k++) merge(parallel[i++].verdict());
        if (n.anyOf != null) {
            Verdict any = Verdict.INVALID;
            for (int k = 0; k < n.anyOf.length; k++) {
                Verdict v = parallel[i++].verdict();
                if (v == Verdict.VALID) any = Verdict.VALID;
                else if (v == Verdict.UNSURE && any == Verdict.INVALID) any = Verdict.UNSURE;
            }
            merge(any);
        }
        if (n.oneOf != null) {
            int valid = 0;
            boolean unsure = false;
            for (int k = 0; k < n.oneOf.length; k++) {
                Verdict v = parallel[i++].verdict();
                if (v == Verdict.VALID) valid++;
                else if (v == Verdict.UNSURE) unsure = true;
            }
            if (valid > 1) merge(Verdict.INVALID);
            else if (unsure) merge(Verdict.UNSURE);
            else merge(valid == 1 ? Verdict.VALID : Verdict.INVALID);
        }
        if (n.not != null) {
            Verdict v = parallel[i++].verdict();
            merge(v == Verdict.VALID ? Verdict.INVALID : v == Verdict.INVALID ? Verdict.VALID : Verdict.UNSURE);
        }
        if (n.ifSchema != null) {
            Verdict cond = parallel[i++].verdict();
            Verdict then = n.thenSchema != null ? parallel[i++].verdict() : Verdict.VALID;
            Verdict otherwise = n.elseSchema != null ? parallel[i++].verdict() : Verdict.VALID;
            merge(switch (cond) {
                case VALID -> then;
                case INVALID -> otherwise;
                case UNSURE -> then == Verdict.VALID && otherwise == Verdict.VALID ? Verdict.VALID : Verdict.UNSURE;
            });
        }
        return own;
    }

    /** {@link #canonical} of a scalar token (what {@link Canon} would build for it). */
    private static Object scalarValue(JsonToken t, JsonParser p) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> NULL;
        };
    }

    /** A value's identity for enum, const and uniqueItems: strings, booleans, doubles, lists, maps. */
    static Object canonical(JsonNode n) {
        if (n.isTextual()) return n.textValue();
        if (n.isBoolean()) return n.booleanValue();
        if (n.isNumber()) return n.doubleValue();
        if (n.isNull()) return NULL;
        if (n.isArray()) {
            var out = new ArrayList<Object>();
            for (JsonNode x : n) out.add(canonical(x));
            return out;
        }
        var out = new HashMap<String, Object>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), canonical(e.getValue())));
        return out;
    }

    /**
     * Builds {@link #canonical} of a value from its tokens. Numbers become doubles, so 1 and 1.0 compare
     * equal here: a "duplicate" that networknt might not see as one sends the element to networknt, never
     * the other way round.
     */
    private static final class Canon {
        private final ArrayList<Object> stack = new ArrayList<>();
        private final ArrayList<String> names = new ArrayList<>();
        private Object result;
        private String name;

        @SuppressWarnings("unchecked")
        void feed(JsonToken t, JsonParser p) throws IOException {
            Object v;
            switch (t) {
                case START_OBJECT -> {
                    names.add(name);
                    stack.add(new HashMap<String, Object>());
                    return;
                }
                case START_ARRAY -> {
                    names.add(name);
                    stack.add(new ArrayList<>());
                    return;
                }
                case FIELD_NAME -> {
                    name = p.currentName();
                    return;
                }
                case END_OBJECT, END_ARRAY -> {
                    v = stack.removeLast();
                    name = names.removeLast();
                }
                case VALUE_STRING -> v = p.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> v = p.getDoubleValue();
                case VALUE_TRUE -> v = Boolean.TRUE;
                case VALUE_FALSE -> v = Boolean.FALSE;
                default -> v = NULL;
            }
            if (stack.isEmpty()) result = v;
            else if (stack.getLast() instanceof Map<?, ?> m) ((Map<String, Object>) m).put(name, v);
            else ((List<Object>) stack.getLast()).add(v);
        }

        Object value() {
            return result;
        }
    }
}
