package dev.craft.sbom.purl;

import static dev.craft.sbom.purl.TypeRule.Fold.KEEP;
import static dev.craft.sbom.purl.TypeRule.Fold.LOWER;
import static dev.craft.sbom.purl.TypeRule.Fold.UPPER;
import static dev.craft.sbom.purl.TypeRule.Presence.OPTIONAL;
import static dev.craft.sbom.purl.TypeRule.Presence.PROHIBITED;
import static dev.craft.sbom.purl.TypeRule.Presence.REQUIRED;

import dev.craft.sbom.purl.TypeRule.Fold;
import dev.craft.sbom.purl.TypeRule.Presence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-type rules of the purl specification as a table, one line per type definition
 * ({@code types/<type>-definition.json}: {@code namespace_definition.requirement}, {@code case_sensitive} of
 * namespace, name and version, required qualifiers, and the rules its notes state). A type not listed here
 * follows only the common rules. Two deliberate departures, recorded in ADR 0023: golang and huggingface
 * namespaces are optional (Go module paths such as {@code go.opencensus.io} have one element; the huggingface
 * note says "if present").
 */
final class PurlTypes {

    private static final Map<String, TypeRule> RULES = new HashMap<>();

    static {
        //   type                namespace   ns case  name case
        put("alpm",             REQUIRED,   LOWER,   LOWER);
        put("apk",              REQUIRED,   LOWER,   LOWER);
        put("bazel",            PROHIBITED, KEEP,    KEEP);
        put("bitbucket",        REQUIRED,   LOWER,   LOWER);
        put("bitnami",          PROHIBITED, KEEP,    LOWER);
        put("brew",             OPTIONAL,   LOWER,   LOWER);
        put("cargo",            PROHIBITED, KEEP,    KEEP);
        put("chrome-extension", PROHIBITED, KEEP,    LOWER).with(PurlTypes::chromeExtension);
        put("cocoapods",        PROHIBITED, KEEP,    KEEP).with(PurlTypes::cocoapods);
        put("composer",         REQUIRED,   LOWER,   LOWER);
        put("conan",            OPTIONAL,   KEEP,    KEEP);
        put("conda",            PROHIBITED, KEEP,    KEEP);
        put("cpan",             OPTIONAL,   UPPER,   KEEP).with(PurlTypes::cpan);
        put("cran",             PROHIBITED, KEEP,    KEEP);
        put("deb",              REQUIRED,   LOWER,   LOWER);
        put("docker",           OPTIONAL,   KEEP,    KEEP);
        put("gem",              PROHIBITED, KEEP,    KEEP);
        put("generic",          OPTIONAL,   KEEP,    KEEP);
        put("git",              REQUIRED,   KEEP,    KEEP).namespaceSegments(1).nameIsPath();
        put("github",           REQUIRED,   LOWER,   LOWER);
        put("golang",           OPTIONAL,   KEEP,    KEEP); // required in the definition; see ADR 0023
        put("hackage",          PROHIBITED, KEEP,    KEEP);
        put("hex",              OPTIONAL,   LOWER,   LOWER);
        put("huggingface",      OPTIONAL,   KEEP,    KEEP).version(LOWER); // note says "if present"; see ADR 0023
        put("julia",            PROHIBITED, KEEP,    KEEP).requiring("uuid");
        put("luarocks",         OPTIONAL,   LOWER,   LOWER);
        put("maven",            REQUIRED,   KEEP,    KEEP);
        put("mlflow",           PROHIBITED, KEEP,    KEEP).with(PurlTypes::mlflowName);
        put("npm",              OPTIONAL,   KEEP,    KEEP);
        put("nuget",            PROHIBITED, KEEP,    KEEP);
        put("oci",              PROHIBITED, KEEP,    LOWER).version(LOWER);
        put("opam",             PROHIBITED, KEEP,    KEEP);
        put("otp",              PROHIBITED, KEEP,    LOWER);
        put("pub",              PROHIBITED, KEEP,    LOWER).with(PurlTypes::pub);
        put("pypi",             PROHIBITED, KEEP,    LOWER).with((name, q) -> name.replace('_', '-'));
        put("qpkg",             REQUIRED,   LOWER,   KEEP);
        put("rpm",              REQUIRED,   LOWER,   KEEP);
        put("swid",             OPTIONAL,   KEEP,    KEEP).namespaceSegments(2).requiring("tag_id");
        put("swift",            REQUIRED,   KEEP,    KEEP);
        put("vcpkg",            PROHIBITED, KEEP,    KEEP);
        put("vscode-extension", REQUIRED,   LOWER,   LOWER).version(LOWER);
        put("yocto",            OPTIONAL,   LOWER,   KEEP);
    }

    private PurlTypes() {}

    /** The rule of {@code type} (lower-case), or {@link TypeRule#GENERIC}. */
    static TypeRule rule(String type) {
        return RULES.getOrDefault(type, TypeRule.GENERIC);
    }

    /** Types with a definition in the purl specification, for documentation and tests. */
    static List<String> knownTypes() {
        return RULES.keySet().stream().sorted().toList();
    }

    /** Registers a rule; the returned builder replaces it when refined (with, requiring, version...). */
    private static Builder put(String type, Presence namespace, Fold namespaceCase, Fold nameCase) {
        var rule = new TypeRule(namespace, Integer.MAX_VALUE, false, namespaceCase, nameCase, KEEP, List.of(),
                TypeRule.NameRule.NONE, TypeRule.Check.NONE);
        RULES.put(type, rule);
        return new Builder(type);
    }

    private record Builder(String type) {
        Builder with(TypeRule.Check check) {
            RULES.put(type, RULES.get(type).with(check));
            return this;
        }

        Builder with(TypeRule.NameRule rule) {
            RULES.put(type, RULES.get(type).with(rule));
            return this;
        }

        Builder requiring(String... keys) {
            RULES.put(type, RULES.get(type).requiring(keys));
            return this;
        }

        Builder namespaceSegments(int max) {
            RULES.put(type, RULES.get(type).namespaceSegments(max));
            return this;
        }

        Builder nameIsPath() {
            RULES.put(type, RULES.get(type).withNameAsPath());
            return this;
        }

        Builder version(Fold fold) {
            RULES.put(type, RULES.get(type).version(fold));
            return this;
        }
    }

    /** Extension id: 32 letters a-p; version: 1 to 4 dot-separated numbers. */
    private static String chromeExtension(String namespace, String name, String version, Map<String, String> q) {
        if (name.length() != 32 || !name.chars().allMatch(c -> c >= 'a' && c <= 'p')) {
            return "name: expected an extension id of 32 letters a-p, got '" + name + "'";
        }
        if (version == null) return null;
        int segments = 1;
        boolean digitSeen = false;
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (c >= '0' && c <= '9') {
                digitSeen = true;
            } else if (c == '.' && digitSeen) {
                segments++;
                digitSeen = false;
            } else {
                return "version: expected 1 to 4 dot-separated numbers, got '" + version + "'";
            }
        }
        return digitSeen && segments <= 4 ? null : "version: expected 1 to 4 dot-separated numbers, got '" + version + "'";
    }

    private static String cocoapods(String namespace, String name, String version, Map<String, String> q) {
        if (name.startsWith(".")) return "name: a pod name cannot begin with '.'";
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '+' || Character.isWhitespace(c)) return "name: a pod name cannot contain whitespace or '+'";
        }
        return null;
    }

    private static String cpan(String namespace, String name, String version, Map<String, String> q) {
        return name.contains("::")
                ? "name: expected a CPAN distribution name (such as URI-PackageURL), not a module name with '::'"
                : null;
    }

    private static String pub(String namespace, String name, String version, Map<String, String> q) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return "name: a pub package name has only a-z, 0-9 and '_', got '" + name + "'";
            }
        }
        return null;
    }

    /** Databricks model names are case-insensitive (lower-cased); Azure ML and others keep their case. */
    private static String mlflowName(String name, Map<String, String> qualifiers) {
        String repository = qualifiers.get("repository_url");
        return repository != null && repository.toLowerCase(java.util.Locale.ROOT).contains(".azuredatabricks.net")
                ? Fold.LOWER.apply(name)
                : name;
    }
}
