package dev.craft.kb.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON into a Jackson tree with limits that refuse hostile input in bounded time and memory:
 * a size cap, no more than a few aliases (no "billion laughs"), a nesting limit, and duplicate keys
 * reported instead of silently overwritten. JSON is a subset of YAML 1.2, but JSON files are read with the
 * JSON parser so that their error messages speak JSON.
 */
public final class Trees {

    /** Larger inputs are refused before parsing: a product profile or a KB file is a few kilobytes. */
    public static final int MAX_BYTES = 1 << 20;
    private static final int MAX_DEPTH = 40;

    // YAML 1.1 reads NO, yes, on, off as booleans: Norway's country code would become false. Only true/false are booleans here.
    private static final ObjectMapper YAML = configure(new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .loaderOptions(loaderOptions())
            .streamReadConstraints(constraints())
            .build()));
    private static final ObjectMapper JSON = configure(new ObjectMapper(
            com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(constraints()).build()));

    private Trees() {}

    /** Reads a file; YAML unless its name ends in {@code .json}. */
    public static JsonNode read(Path file) throws IOException {
        long size = Files.size(file);
        String source = file.toString();
        if (size > MAX_BYTES) {
            throw new InputException(new Problem(source, "", "file is " + size + " bytes, larger than the limit",
                    "at most " + MAX_BYTES + " bytes"));
        }
        return read(source, Files.readAllBytes(file), file.getFileName().toString().endsWith(".json"));
    }

    /** Reads bytes from {@code source} (a file name for messages). */
    public static JsonNode read(String source, byte[] bytes, boolean json) {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(new Problem(source, "", "input is " + bytes.length + " bytes, larger than the limit",
                    "at most " + MAX_BYTES + " bytes"));
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            JsonNode node = (json ? JSON : YAML).readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new InputException(new Problem(source, "", "the file is empty", "a mapping at the top level"));
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new InputException(new Problem(source, location(e), "input refused: " + firstLine(e.getOriginalMessage()),
                    "at most " + MAX_DEPTH + " levels of nesting"), e);
        } catch (JsonProcessingException e) {
            throw new InputException(new Problem(source, location(e), "not valid " + (json ? "JSON" : "YAML") + ": "
                    + firstLine(e.getOriginalMessage()), ""), e);
        } catch (IOException e) {
            throw new InputException(new Problem(source, "", "cannot read: " + e.getMessage(), ""), e);
        } catch (RuntimeException e) {
            // SnakeYAML reports alias and size limits as its own runtime exceptions.
            if (e instanceof InputException ie) throw ie;
            throw new InputException(new Problem(source, "", "input refused: " + firstLine(String.valueOf(e.getMessage())),
                    "plain YAML without excessive aliases or nesting"), e);
        }
    }

    private static String location(JsonProcessingException e) {
        var loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 1) return "";
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper;
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(64 * 1024)
                .maxNumberLength(40)
                .build();
    }

    private static LoaderOptions loaderOptions() {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        return options;
    }
}
