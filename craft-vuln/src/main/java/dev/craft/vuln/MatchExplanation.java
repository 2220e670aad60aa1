package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

/**
 * How one advisory was matched to one component, so that every finding (and every "not affected") can be traced.
 *
 * @param advisoryId      the advisory record that matched
 * @param matcher         {@code purl} (the advisory names the package by purl), {@code ecosystem} (by OSV ecosystem
 *                        and name), or {@code source-constraints} (the converted database's original constraints)
 * @param searchedBy      the component's package key, e.g. {@code pkg:pypi/django}
 * @param advisoryPackage the package as the advisory names it, e.g. {@code PyPI django}
 * @param scheme          the version scheme used and its implementation
 * @param range           what was evaluated: a vers range, a version list or a native constraint
 * @param fallback        the fallback used, if any (generic ordering, unknown distribution release); else null
 * @param detail          the decisive comparison, e.g. {@code 2.14.1 >= introduced 2.0 and < fixed 2.15.0}
 */
public record MatchExplanation(
        String advisoryId,
        String matcher,
        String searchedBy,
        String advisoryPackage,
        String scheme,
        String range,
        String fallback,
        String detail) {

    public MatchExplanation {
        requireNonNull(advisoryId, "advisoryId must not be null");
        requireNonNull(matcher, "matcher must not be null");
        requireNonNull(searchedBy, "searchedBy must not be null");
    }

    /** One line for people: {@code GHSA-x via purl pkg:npm/lodash, npm ordering, vers:npm/<4.17.21: 4.17.20 < fixed 4.17.21}. */
    public String summary() {
        var sb = new StringBuilder(advisoryId).append(" via ").append(matcher).append(' ').append(searchedBy);
        if (scheme != null) sb.append(", ").append(scheme).append(" ordering");
        if (range != null) sb.append(", ").append(range);
        if (detail != null) sb.append(": ").append(detail);
        if (fallback != null) sb.append(" [fallback: ").append(fallback).append(']');
        return sb.toString();
    }
}
