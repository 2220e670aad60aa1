package dev.craft.vuln.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the JSON objects of a feed file, whichever way they are laid out: one object, an array of objects,
 * or many objects one after another (JSON Lines). Only one object is held in memory at a time. Nesting depth and
 * string length are bounded. A syntax error stops the file with its line and column: a broken feed file is
 * refused as a whole, so that a store is never built from part of one.
 */
final class JsonRecords {

    /** Receives one object with where it started ({@code line 12} or {@code $[3]}). */
    @FunctionalInterface
    interface RecordHandler {
        void record(JsonNode node, String location);
    }

    static final ObjectMapper MAPPER;

    static {
        var factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(16 << 20).maxNumberLength(64).build())
                .build();
        MAPPER = new ObjectMapper(factory);
    }

    private JsonRecords() {}

    static void forEach(String source, InputStream in, RecordHandler handler) {
        try (JsonParser p = MAPPER.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken t = p.nextToken();
            if (t == null) return;
            if (t == JsonToken.START_ARRAY) {
                int i = 0;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) throw new InputException(Problem.at(source, where(p.currentLocation()), "unexpected end of the JSON array"));
                    JsonNode node = MAPPER.readTree(p);
                    handler.record(node, "$[" + i++ + "]");
                }
                return;
            }
            while (t != null) {
                String location = where(p.currentTokenLocation());
                JsonNode node = MAPPER.readTree(p);
                handler.record(node, location);
                t = p.nextToken();
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new InputException(new Problem(source, l == null ? "" : where(l), "invalid JSON: " + e.getOriginalMessage(),
                    "OSV JSON: one record, an array of records, or one record per line"), e);
        } catch (IOException e) {
            throw new InputException(new Problem(source, "", "cannot read: " + e.getMessage(), ""), e);
        }
    }

    static String where(JsonLocation l) {
        return "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }
}
