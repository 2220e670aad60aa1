package dev.craft.sbom.spdx;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.sbom.DocumentFacts;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.read.ReadContext;

/** Entry point for SPDX 2 JSON, SPDX 2 tag-value and SPDX 3 JSON-LD, used by {@link dev.craft.sbom.SbomReader}. */
public final class SpdxReader {

    /** A read SBOM with the facts the model does not hold. */
    public record Read(Sbom sbom, DocumentFacts facts) {}

    private SpdxReader() {}

    public static Read json(ReadContext context, ObjectMapper mapper) {
        return Spdx2JsonReader.read(context, mapper);
    }

    public static Read tagValue(ReadContext context) {
        return SpdxTagValueReader.read(context);
    }

    public static Read jsonLd(ReadContext context, ObjectMapper mapper) {
        return Spdx3JsonLdReader.read(context, mapper);
    }
}
