package dev.craft.sbom;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * Document-level facts.
 *
 * @param format       standard and encoding
 * @param specVersion  the declared spec version, e.g. {@code 1.6} or {@code SPDX-2.3} as {@code 2.3}
 * @param serialNumber CycloneDX {@code serialNumber}, SPDX 2 {@code documentNamespace}, SPDX 3 SBOM {@code spdxId}; may be null
 * @param version      CycloneDX BOM {@code version}; null for SPDX
 * @param name         SPDX document name; null when none
 * @param timestamp    when the SBOM was created; null when absent or unparseable (the reader then warns)
 * @param authors      who made the SBOM (CycloneDX {@code metadata.authors}, SPDX {@code creators: Person/Organization})
 * @param manufacturer the organisation the SBOM is for or by (CycloneDX {@code metadata.manufacturer}/{@code manufacture}); may be null
 * @param supplier     CycloneDX {@code metadata.supplier}; may be null
 * @param tools        tools that produced it
 * @param lifecycles   CycloneDX {@code metadata.lifecycles} phases (e.g. {@code build}); empty when none
 * @param dataLicenses licences of the SBOM data itself (SPDX {@code dataLicense}, CycloneDX {@code metadata.licenses})
 * @param properties   document-level properties, in order
 */
public record SbomMetadata(
        SbomFormat format,
        String specVersion,
        String serialNumber,
        Integer version,
        String name,
        Instant timestamp,
        List<Party> authors,
        Party manufacturer,
        Party supplier,
        List<Tool> tools,
        List<String> lifecycles,
        List<String> dataLicenses,
        List<Property> properties) {

    public SbomMetadata {
        requireNonNull(format, "format must not be null");
        requireNonNull(specVersion, "specVersion must not be null");
        authors = List.copyOf(authors);
        tools = List.copyOf(tools);
        lifecycles = List.copyOf(lifecycles);
        dataLicenses = List.copyOf(dataLicenses);
        properties = List.copyOf(properties);
    }
}
