package dev.craft.sbom.purl;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one purl type asks of its components, taken from the type definitions of the purl specification
 * ({@code types/<type>-definition.json}): whether a namespace is required or prohibited, how namespace,
 * name and version are case-folded, which qualifiers are required, and any further check the definition
 * states in words (permitted characters, forbidden substrings). Unknown types get {@link #GENERIC}: only
 * the rules common to every purl.
 *
 * @param namespace          whether the type has a namespace
 * @param namespaceSegments  how many {@code /}-separated segments the namespace may have
 * @param nameIsPath         the name is a path: when parsing, the namespace takes the first
 *                           {@code namespaceSegments} segments and the name the rest, {@code /} included
 *                           (git: the host, then the repository path on it)
 * @param namespaceCase      case folding of every namespace segment
 * @param nameCase           case folding of the name
 * @param versionCase        case folding of the version
 * @param requiredQualifiers qualifier keys that must be present
 * @param nameRule           name normalisation beyond case folding (may look at the qualifiers)
 * @param check              a type-specific validity check; returns the problem or null
 */
record TypeRule(
        Presence namespace,
        int namespaceSegments,
        boolean nameIsPath,
        Fold namespaceCase,
        Fold nameCase,
        Fold versionCase,
        List<String> requiredQualifiers,
        NameRule nameRule,
        Check check) {

    static final TypeRule GENERIC = new TypeRule(Presence.OPTIONAL, Integer.MAX_VALUE, false, Fold.KEEP, Fold.KEEP, Fold.KEEP,
            List.of(), NameRule.NONE, Check.NONE);

    TypeRule {
        requiredQualifiers = List.copyOf(requiredQualifiers);
    }

    enum Presence { OPTIONAL, REQUIRED, PROHIBITED }

    enum Fold {
        KEEP, LOWER, UPPER;

        String apply(String s) {
            if (s == null) return null;
            return switch (this) {
                case KEEP -> s;
                case LOWER -> hasUpper(s) ? s.toLowerCase(Locale.ROOT) : s;
                case UPPER -> s.toUpperCase(Locale.ROOT);
            };
        }

        private static boolean hasUpper(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z' || c >= 128) return true;
            }
            return false;
        }
    }

    /** Normalises a name after case folding; the qualifiers are already normalised. */
    @FunctionalInterface
    interface NameRule {
        NameRule NONE = (name, qualifiers) -> name;

        String apply(String name, Map<String, String> qualifiers);
    }

    /** Checks normalised components; returns a message ("name: expected ...") or null when valid. */
    @FunctionalInterface
    interface Check {
        Check NONE = (namespace, name, version, qualifiers) -> null;

        String problem(String namespace, String name, String version, Map<String, String> qualifiers);
    }

    TypeRule with(Check more) {
        Check first = check;
        return new TypeRule(namespace, namespaceSegments, nameIsPath, namespaceCase, nameCase, versionCase, requiredQualifiers, nameRule,
                (ns, n, v, q) -> {
                    String p = first.problem(ns, n, v, q);
                    return p != null ? p : more.problem(ns, n, v, q);
                });
    }

    TypeRule with(NameRule rule) {
        return new TypeRule(namespace, namespaceSegments, nameIsPath, namespaceCase, nameCase, versionCase, requiredQualifiers, rule, check);
    }

    TypeRule requiring(String... qualifierKeys) {
        return new TypeRule(namespace, namespaceSegments, nameIsPath, namespaceCase, nameCase, versionCase, List.of(qualifierKeys), nameRule, check);
    }

    TypeRule namespaceSegments(int max) {
        return new TypeRule(namespace, max, nameIsPath, namespaceCase, nameCase, versionCase, requiredQualifiers, nameRule, check);
    }

    TypeRule withNameAsPath() {
        return new TypeRule(namespace, namespaceSegments, true, namespaceCase, nameCase, versionCase, requiredQualifiers, nameRule, check);
    }

    TypeRule version(Fold fold) {
        return new TypeRule(namespace, namespaceSegments, nameIsPath, namespaceCase, nameCase, fold, requiredQualifiers, nameRule, check);
    }
}
