package dev.craft.sbom;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One component, normalized.
 *
 * @param ref           unique within the SBOM: CycloneDX {@code bom-ref}, SPDX {@code SPDXID} / {@code spdxId};
 *                      when the document gives none the reader assigns {@code craft:generated:N} and warns
 * @param type          CycloneDX component type ({@code library}, {@code application}, {@code framework},
 *                      {@code container}, {@code operating-system}, {@code device}, {@code firmware}, {@code file}, ...);
 *                      SPDX {@code primaryPackagePurpose} mapped to it; null when unknown
 * @param group         CycloneDX {@code group}; null for SPDX
 * @param name          component name (never null; an unnamed component is an input problem)
 * @param version       version string as given; null when absent
 * @param supplier      supplier (CycloneDX {@code supplier}, SPDX {@code supplier}); may be null
 * @param manufacturer  manufacturer/creator (CycloneDX {@code manufacturer}, SPDX {@code originator} / 3.0 {@code originatedBy}); may be null
 * @param authors       authors (CycloneDX {@code authors} or legacy {@code author}); empty when none
 * @param purls         package URLs as written (CycloneDX {@code purl}; SPDX {@code PACKAGE-MANAGER purl} refs); first is primary
 * @param cpes          CPE 2.2 or 2.3 names as written
 * @param swidTagId     SWID tag id; null when none
 * @param hashes        hashes of the component itself
 * @param licenses      declared and concluded licences
 * @param externalReferences links (VCS, distribution, website, security contact, ...)
 * @param properties    properties in order (e.g. {@code bsi:component:filename})
 * @param scope         CycloneDX {@code scope} ({@code required}, {@code optional}, {@code excluded}); null when absent
 * @param parentRef     ref of the component this one is nested in (CycloneDX nested {@code components}); null at top level
 * @param location      where it sits in the source document: a JSON path ({@code $.components[12]}) or
 *                      {@code line N} for XML and tag-value; used to point findings at the right place
 */
public record Component(
        String ref,
        String type,
        String group,
        String name,
        String version,
        Party supplier,
        Party manufacturer,
        List<Party> authors,
        List<String> purls,
        List<String> cpes,
        String swidTagId,
        List<Hash> hashes,
        List<License> licenses,
        List<ExternalReference> externalReferences,
        List<Property> properties,
        String scope,
        String parentRef,
        String location) {

    public Component {
        requireNonNull(ref, "ref must not be null");
        requireNonNull(name, "name must not be null");
        authors = List.copyOf(authors);
        purls = List.copyOf(purls);
        cpes = List.copyOf(cpes);
        hashes = List.copyOf(hashes);
        licenses = List.copyOf(licenses);
        externalReferences = List.copyOf(externalReferences);
        properties = List.copyOf(properties);
    }

    /** The primary package URL, if any. */
    public Optional<String> purl() {
        return purls.isEmpty() ? Optional.empty() : Optional.of(purls.get(0));
    }

    /** The first value of a property, if present. */
    public Optional<String> property(String propertyName) {
        for (Property p : properties) if (p.name().equals(propertyName)) return Optional.ofNullable(p.value());
        return Optional.empty();
    }
}
