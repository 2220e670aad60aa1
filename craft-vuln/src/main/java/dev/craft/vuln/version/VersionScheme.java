package dev.craft.vuln.version;

import java.util.Optional;

/**
 * The version rules of one ecosystem: how a version string is read and how two versions are ordered.
 * Implementations are stateless and thread-safe. {@link VersionSchemes} maps purl types and OSV ecosystems to them.
 */
public interface VersionScheme {

    /** The scheme id, the same as the vers scheme where vers defines one ({@code maven}, {@code pypi}, {@code gem}, ...). */
    String id();

    /**
     * Reads a version.
     *
     * @throws InvalidVersionException when {@code text} is not a version of this scheme
     */
    Version parse(String text);

    /** {@link #parse} without the exception. */
    default Optional<Version> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
    }

    /** Where the ordering rules come from (a library or our own implementation, and the reference it follows). */
    String implementation();
}
