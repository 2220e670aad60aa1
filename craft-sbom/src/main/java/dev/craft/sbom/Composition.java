package dev.craft.sbom;

import java.util.List;

/**
 * A completeness statement (CycloneDX {@code compositions[]}, SPDX 3 relationship {@code completeness}).
 *
 * @param aggregate    how complete the listed parts are
 * @param assemblies   refs whose constituent components the statement covers
 * @param dependencies refs whose dependency lists the statement covers
 */
public record Composition(Aggregate aggregate, List<String> assemblies, List<String> dependencies) {
    public Composition {
        assemblies = List.copyOf(assemblies);
        dependencies = List.copyOf(dependencies);
    }

    /** CycloneDX aggregate values; SPDX 3 {@code complete}/{@code incomplete}/{@code noAssertion} map to COMPLETE, INCOMPLETE, UNKNOWN. */
    public enum Aggregate {
        COMPLETE,
        INCOMPLETE,
        INCOMPLETE_FIRST_PARTY_ONLY,
        INCOMPLETE_FIRST_PARTY_PROPRIETARY_ONLY,
        INCOMPLETE_FIRST_PARTY_OPENSOURCE_ONLY,
        INCOMPLETE_THIRD_PARTY_ONLY,
        INCOMPLETE_THIRD_PARTY_PROPRIETARY_ONLY,
        INCOMPLETE_THIRD_PARTY_OPENSOURCE_ONLY,
        UNKNOWN,
        NOT_SPECIFIED
    }
}
