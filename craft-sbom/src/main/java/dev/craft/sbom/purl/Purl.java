package dev.craft.sbom.purl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A package URL (purl, ECMA-427), decoded and normalised: {@code pkg:type/namespace/name@version?qualifiers#subpath}.
 * Two purls that name the same package are equal, and {@link #toString()} is the canonical string.
 *
 * <p>The constructor applies the common rules (type, qualifier keys and subpath syntax) and the rules of the
 * type (namespace required or prohibited, case folding, required qualifiers, permitted characters; see
 * {@link PurlTypes}), so every instance is valid and canonical, whether it was parsed or built.
 *
 * @param type       lower-case type (ecosystem), such as {@code maven} or {@code npm}
 * @param namespace  decoded namespace, segments joined by {@code /}; null when absent
 * @param name       decoded name; never empty
 * @param version    decoded version; null when absent
 * @param qualifiers decoded qualifiers sorted by (lower-case) key; empty when absent, never holds an empty value
 * @param subpath    decoded subpath, segments joined by {@code /}, without empty segments; null when absent. Only a
 *                   parsed {@code %2E} or {@code %2E%2E} segment can be {@code .} or {@code ..}; the canonical
 *                   string leaves such segments out
 */
public record Purl(String type, String namespace, String name, String version, SortedMap<String, String> qualifiers, String subpath) {

    public Purl {
        type = checkType(type);
        TypeRule rule = PurlTypes.rule(type);
        if (name == null || name.isEmpty()) throw new MalformedPurlException("name: a name is required");
        qualifiers = normaliseQualifiers(qualifiers);
        namespace = normaliseNamespace(namespace, rule);
        name = rule.nameCase().apply(name);
        name = rule.nameRule().apply(name, qualifiers);
        if (rule.nameIsPath()) name = Segments.normalise(name, TypeRule.Fold.KEEP, false);
        if (name == null || name.isEmpty()) throw new MalformedPurlException("name: a name is required");
        version = version == null || version.isEmpty() ? null : rule.versionCase().apply(version);
        subpath = Segments.normalise(subpath, TypeRule.Fold.KEEP, false);
        for (String key : rule.requiredQualifiers()) {
            if (!qualifiers.containsKey(key)) throw new MalformedPurlException("qualifiers: " + type + " purls require the qualifier '" + key + "'");
        }
        String problem = rule.check().problem(namespace, name, version, qualifiers);
        if (problem != null) throw new MalformedPurlException(type + " " + problem);
    }

    /** Parses a purl as ECMA-427 requires (qualifier keys must be lower-case); throws {@link MalformedPurlException}. */
    public static Purl parse(String purl) {
        return PurlParser.parse(purl, false);
    }

    /**
     * Parses a purl as found in real SBOMs, normalising what the specification recommends remediating:
     * upper-case qualifier keys are lower-cased. Everything {@link #parse} rejects for other reasons stays rejected.
     */
    public static Purl parseLenient(String purl) {
        return PurlParser.parse(purl, true);
    }

    /** {@link #parseLenient}, or empty for a null, blank or malformed purl. */
    public static Optional<Purl> tryParse(String purl) {
        if (purl == null || purl.isBlank()) return Optional.empty();
        try {
            return Optional.of(parseLenient(purl));
        } catch (MalformedPurlException e) {
            return Optional.empty();
        }
    }

    public static Builder builder(String type, String name) {
        return new Builder(type, name);
    }

    /** This purl with another version (null removes it); namespace, name, qualifiers and subpath are kept. */
    public Purl withVersion(String newVersion) {
        return new Purl(type, namespace, name, newVersion, qualifiers, subpath);
    }

    /** {@code type/namespace/name[#subpath]} in canonical encoding: the identity of a package across versions. */
    public String versionlessKey() {
        var sb = new StringBuilder(64);
        appendPath(sb);
        appendSubpath(sb);
        return sb.toString();
    }

    /** The canonical purl string. */
    @Override
    public String toString() {
        var sb = new StringBuilder(96).append("pkg:");
        appendPath(sb);
        if (version != null) PercentCoding.encode(version, sb.append('@'));
        if (!qualifiers.isEmpty()) {
            char sep = '?';
            for (var e : qualifiers.entrySet()) {
                sb.append(sep).append(e.getKey()).append('=');
                PercentCoding.encode(e.getValue(), sb);
                sep = '&';
            }
        }
        appendSubpath(sb);
        return sb.toString();
    }

    private void appendPath(StringBuilder sb) {
        sb.append(type).append('/');
        if (namespace != null) Segments.encode(namespace, sb, false).append('/');
        if (PurlTypes.rule(type).nameIsPath()) Segments.encode(name, sb, false);
        else PercentCoding.encode(name, sb);
    }

    private void appendSubpath(StringBuilder sb) {
        if (subpath != null && Segments.normalise(subpath, TypeRule.Fold.KEEP, true) != null) {
            Segments.encode(subpath, sb.append('#'), true);
        }
    }

    private static String checkType(String type) {
        if (type == null || type.isEmpty()) throw new MalformedPurlException("type: a type is required");
        char first = type.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            throw new MalformedPurlException("type: expected a letter first, got '" + type + "'");
        }
        boolean upper = false;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-')) {
                throw new MalformedPurlException("type: expected only letters, digits, '.', '+' and '-', got '" + type + "'");
            }
        }
        return upper ? type.toLowerCase(java.util.Locale.ROOT) : type;
    }

    private static String normaliseNamespace(String namespace, TypeRule rule) {
        String ns = Segments.normalise(namespace, rule.namespaceCase(), false);
        if (ns == null && rule.namespace() == TypeRule.Presence.REQUIRED) {
            throw new MalformedPurlException("namespace: this type requires a namespace");
        }
        if (ns != null && rule.namespace() == TypeRule.Presence.PROHIBITED) {
            throw new MalformedPurlException("namespace: this type has no namespace, got '" + ns + "'");
        }
        if (ns != null && Segments.count(ns) > rule.namespaceSegments()) {
            throw new MalformedPurlException("namespace: at most " + rule.namespaceSegments() + " segment(s) for this type, got '" + ns + "'");
        }
        return ns;
    }

    private static SortedMap<String, String> normaliseQualifiers(Map<String, String> qualifiers) {
        if (qualifiers == null || qualifiers.isEmpty()) return Collections.emptySortedMap();
        var out = new TreeMap<String, String>();
        for (var e : qualifiers.entrySet()) {
            String key = Qualifiers.checkKey(e.getKey(), true);
            String value = e.getValue();
            if (value == null || value.isEmpty()) continue;
            if (out.put(key, value) != null) throw new MalformedPurlException("qualifiers: key '" + key + "' appears twice");
        }
        return out.isEmpty() ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(out);
    }

    /** Builds a purl from decoded components; {@link #build()} normalises and validates them. */
    public static final class Builder {
        private final String type;
        private final String name;
        private String namespace;
        private String version;
        private final Map<String, String> qualifiers = new LinkedHashMap<>();
        private String subpath;

        private Builder(String type, String name) {
            this.type = type;
            this.name = name;
        }

        public Builder namespace(String value) {
            this.namespace = value;
            return this;
        }

        public Builder version(String value) {
            this.version = value;
            return this;
        }

        public Builder qualifier(String key, String value) {
            Objects.requireNonNull(key, "key");
            if (qualifiers.put(key, value) != null) throw new MalformedPurlException("qualifiers: key '" + key + "' appears twice");
            return this;
        }

        public Builder qualifiers(Map<String, String> values) {
            if (values != null) values.forEach(this::qualifier);
            return this;
        }

        public Builder subpath(String value) {
            this.subpath = value;
            return this;
        }

        public Purl build() {
            return new Purl(type, namespace, name, version, qualifiers.isEmpty() ? null : new TreeMap<>(qualifiers),
                    Segments.normalise(subpath, TypeRule.Fold.KEEP, true));
        }
    }
}
