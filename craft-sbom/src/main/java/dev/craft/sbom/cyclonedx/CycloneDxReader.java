package dev.craft.sbom.cyclonedx;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.sbom.DocumentFacts;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.read.ReadContext;

/** Entry point for CycloneDX JSON and XML, used by {@link dev.craft.sbom.SbomReader}. */
public final class CycloneDxReader {

    /** A read SBOM with the facts the model does not hold. */
    public record Read(Sbom sbom, DocumentFacts facts) {}

    private CycloneDxReader() {}

    public static Read json(ReadContext context, ObjectMapper mapper) {
        var r = new CycloneDxJsonReader(context, mapper).read();
        return new Read(r.sbom(), r.facts());
    }

    public static Read xml(ReadContext context) {
        var r = new CycloneDxXmlReader(context).read();
        return new Read(r.sbom(), r.facts());
    }
}
