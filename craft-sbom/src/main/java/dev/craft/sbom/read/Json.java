package dev.craft.sbom.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.io.InputStream;

/** Jackson set up for untrusted input: bounded nesting, string and document length; duplicate keys refused. */
public final class Json {

    private Json() {}

    public static ObjectMapper mapper(InputLimits limits) {
        var constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxBytes())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return new ObjectMapper(factory);
    }

    /** A parser over the input, with the UTF-8 check in front (JSON is UTF-8 by RFC 8259). */
    public static JsonParser open(ObjectMapper mapper, SbomInput input) throws IOException {
        InputStream in = new Utf8CheckingInputStream(input.open(), input.name());
        return mapper.createParser(in);
    }

    /** Turns a Jackson failure into an input problem located by line and column. */
    public static InputException problem(String source, IOException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("\n at [Source");
        if (cut > 0) message = message.substring(0, cut);
        String location = "";
        if (e instanceof com.fasterxml.jackson.core.JacksonException je && je.getLocation() != null) {
            JsonLocation l = je.getLocation();
            location = "line " + l.getLineNr() + ", column " + l.getColumnNr();
        }
        if (e instanceof StreamConstraintsException) {
            return new InputException(new Problem(source, location, "refused: " + message,
                    "a JSON document within craft's input limits"), e);
        }
        return new InputException(new Problem(source, location, "not valid JSON: " + message, "well-formed JSON"), e);
    }
}
