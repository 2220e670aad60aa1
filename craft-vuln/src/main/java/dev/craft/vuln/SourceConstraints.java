package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The original version constraints that a converted advisory database kept in {@code database_specific}, used
 * when the OSV ranges are marked as not exact. A version is affected when it matches one of {@code vulnerable}
 * (if given) and none of {@code patched} and {@code unaffected}.
 *
 * @param conversion the conversion flag as written ({@code exact}, {@code exact-with-pessimistic-operator},
 *                   {@code not-exact}, {@code no-affected-versions})
 * @param syntax     the scheme whose native range syntax the strings use ({@code gem}, {@code composer}, {@code npm})
 * @param vulnerable ranges that are affected (any of them); empty when the source lists only what is safe
 * @param patched    ranges that contain the fix
 * @param unaffected ranges that never had the vulnerability
 */
public record SourceConstraints(
        String conversion, String syntax, List<String> vulnerable, List<String> patched, List<String> unaffected) {

    public SourceConstraints {
        requireNonNull(conversion, "conversion must not be null");
        requireNonNull(syntax, "syntax must not be null");
        vulnerable = List.copyOf(vulnerable);
        patched = List.copyOf(patched);
        unaffected = List.copyOf(unaffected);
    }

    /** True when the OSV ranges cannot be trusted to be exact and these constraints must be evaluated instead. */
    public boolean overridesRanges() {
        return !conversion.equals("exact");
    }
}
