package dev.craft.assess.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.Map;

/** Builds a profile tree from dotted paths (in questionnaire order) and writes it as YAML. */
public final class ProfileWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    private ProfileWriter() {}

    /** A tree with {@code craft_profile: 1} and every non-null answer at its path. */
    public static ObjectNode tree(Map<String, Object> answers) {
        ObjectNode root = YAML.createObjectNode();
        root.put("craft_profile", Profile.CURRENT_VERSION);
        for (var e : answers.entrySet()) {
            if (e.getValue() == null) continue;
            String[] parts = e.getKey().split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode child = node.get(parts[i]);
                node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
            }
            node.set(parts[parts.length - 1], YAML.valueToTree(e.getValue()));
        }
        return root;
    }

    public static String yaml(JsonNode tree) {
        try {
            return "# craft product profile (docs/profile.md). Fields left out are unknown: craft assess asks for them\n"
                    + "# where they decide something. Check it with: craft assess THIS_FILE\n" + YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write profile", e);
        }
    }
}
