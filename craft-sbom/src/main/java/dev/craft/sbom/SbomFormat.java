package dev.craft.sbom;

/** The SBOM standard and its serialization, as detected from the content (never from the file name alone). */
public enum SbomFormat {
    CYCLONEDX_JSON("CycloneDX", "JSON"),
    CYCLONEDX_XML("CycloneDX", "XML"),
    SPDX_JSON("SPDX", "JSON"),
    SPDX_TAG_VALUE("SPDX", "tag-value"),
    SPDX_YAML("SPDX", "YAML"),
    SPDX_XML("SPDX", "XML"),
    SPDX_RDF("SPDX", "RDF/XML"),
    SPDX3_JSON_LD("SPDX", "JSON-LD");

    private final String standard;
    private final String encoding;

    SbomFormat(String standard, String encoding) {
        this.standard = standard;
        this.encoding = encoding;
    }

    public String standard() {
        return standard;
    }

    public String encoding() {
        return encoding;
    }

    public boolean isCycloneDx() {
        return standard.equals("CycloneDX");
    }
}
