package dev.craft.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.cyclonedx.CycloneDxReader;
import dev.craft.sbom.read.FormatDetector;
import dev.craft.sbom.read.InputLimits;
import dev.craft.sbom.read.Json;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomInput;
import dev.craft.sbom.spdx.SpdxReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads any SBOM craft accepts into the normalized model. The format is detected from the content
 * (CycloneDX JSON 1.2-1.7 and XML 1.0-1.7, SPDX 2.2/2.3 JSON and tag-value, SPDX 3.0.1 JSON-LD).
 *
 * <pre>
 * Sbom sbom = SbomReader.read(Path.of("bom.json"));
 * SbomReadResult r = SbomReader.readWithWarnings(Path.of("bom.json"));   // + warnings and schema errors
 * </pre>
 *
 * Unreadable input (not an SBOM, malformed, hostile, too large) throws {@link InputException} with located
 * {@link Problem}s. Readers never drop a component: what they had to repair is in
 * {@link SbomReadResult#warnings()}; schema violations of the declared version are in
 * {@link SbomReadResult#schemaErrors()} and do not stop reading (real SBOMs often violate their schema
 * in small ways, and a PSIRT still needs their inventory).
 */
public final class SbomReader {

    private SbomReader() {}

    public static Sbom read(Path file) throws IOException {
        return readWithWarnings(file).sbom();
    }

    public static Sbom read(String sourceName, byte[] content) {
        return readWithWarnings(sourceName, content).sbom();
    }

    public static SbomReadResult readWithWarnings(Path file) throws IOException {
        return read(SbomInput.of(file, InputLimits.defaults()));
    }

    public static SbomReadResult readWithWarnings(String sourceName, byte[] content) {
        try {
            return read(SbomInput.of(sourceName, content, InputLimits.defaults()));
        } catch (IOException e) {
            throw new InputException(Problem.at(sourceName, "", "cannot read: " + e.getMessage()), e);
        }
    }

    /** The general form, with explicit limits. */
    public static SbomReadResult read(SbomInput input) throws IOException {
        ObjectMapper mapper = Json.mapper(input.limits());
        SbomFormat format = FormatDetector.detect(input, mapper);
        var context = new ReadContext(input);
        Sbom sbom;
        DocumentFacts facts;
        switch (format) {
            case CYCLONEDX_JSON -> {
                var r = CycloneDxReader.json(context, mapper);
                sbom = r.sbom();
                facts = r.facts();
            }
            case CYCLONEDX_XML -> {
                var r = CycloneDxReader.xml(context);
                sbom = r.sbom();
                facts = r.facts();
            }
            case SPDX_JSON -> {
                var r = SpdxReader.json(context, mapper);
                sbom = r.sbom();
                facts = r.facts();
            }
            case SPDX_TAG_VALUE -> {
                var r = SpdxReader.tagValue(context);
                sbom = r.sbom();
                facts = r.facts();
            }
            case SPDX3_JSON_LD -> {
                var r = SpdxReader.jsonLd(context, mapper);
                sbom = r.sbom();
                facts = r.facts();
            }
            case SPDX_YAML, SPDX_XML, SPDX_RDF -> throw new InputException(Problem.at(input.name(), "",
                    format.standard() + " " + format.encoding() + " is not read by craft"));
            default -> throw new IllegalStateException("unhandled format " + format);
        }
        return new SbomReadResult(sbom, facts, context.warnings(), context.schemaErrors(), context.isSchemaChecked());
    }
}
