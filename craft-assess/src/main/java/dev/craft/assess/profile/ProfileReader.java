package dev.craft.assess.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.yaml.Problems;
import dev.craft.kb.yaml.StrictNode;
import dev.craft.kb.yaml.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a product profile (YAML or JSON) strictly: every problem of the file is collected (unknown fields,
 * wrong types, values outside the knowledge base's vocabulary, inconsistent dates) and thrown together as one
 * {@link dev.craft.common.InputException}, each with its JSON path and what was expected.
 */
public final class ProfileReader {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

    private final KnowledgeBase kb;

    public ProfileReader(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A profile as read, with its source name and content hash. */
    public record Loaded(String source, Profile profile, String sha256) {}

    public Loaded read(Path file) throws IOException {
        return fromTree(file.toString(), Trees.read(file));
    }

    public Loaded read(String source, String text, boolean json) {
        return fromTree(source, Trees.read(source, text.getBytes(StandardCharsets.UTF_8), json));
    }

    /**
     * Validates and maps a parsed tree. The hash is SHA-256 over the canonical JSON of the tree (keys sorted),
     * so the same profile in YAML or JSON, or with other formatting, has the same hash.
     */
    public Loaded fromTree(String source, JsonNode tree) {
        var problems = new Problems(source);
        StrictNode root = StrictNode.root(tree, problems);
        Profile profile = null;
        if (root.requireMapping()) profile = new ProfileMapping(kb, root).profile();
        problems.throwIfAny();
        return new Loaded(source, profile, sha256(tree));
    }

    static String sha256(JsonNode tree) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(tree);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash profile", e);
        }
    }
}
