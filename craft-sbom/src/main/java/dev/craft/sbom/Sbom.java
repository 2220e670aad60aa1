package dev.craft.sbom;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One SBOM, normalized from whatever format it came in.
 *
 * @param metadata     document-level facts: format, spec version, serial number, timestamp, authors, tools
 * @param subject      the product the SBOM describes (CycloneDX {@code metadata.component}, SPDX
 *                     {@code DESCRIBES} target, SPDX 3 {@code rootElement}); null when the document names none
 * @param components   every component in document order, nested ones included (their {@link Component#parentRef()}
 *                     says where they sat); the subject is not in this list
 * @param dependencies the dependency graph between {@link Component#ref()}s (the subject's ref included)
 * @param compositions the completeness statements the document makes (CycloneDX {@code compositions},
 *                     SPDX 3 {@code completeness}); empty when it makes none
 */
public record Sbom(
        SbomMetadata metadata,
        Component subject,
        List<Component> components,
        DependencyGraph dependencies,
        List<Composition> compositions) {

    public Sbom {
        requireNonNull(metadata, "metadata must not be null");
        components = List.copyOf(components);
        requireNonNull(dependencies, "dependencies must not be null");
        compositions = List.copyOf(compositions);
    }
}
