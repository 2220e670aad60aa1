package dev.craft.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.assess.profile.ProfileReader;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.KnowledgeBaseLoader;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds profiles for table tests: a complete, in-scope base profile (an EU manufacturer's default-class device
 * placed on the market in 2028) changed by {@code set("a.b.c", value)} patches, where value null removes the field.
 */
final class TestProfiles {

    static final KnowledgeBase KB = KnowledgeBaseLoader.standard();
    static final LocalDate AS_OF = LocalDate.of(2028, 6, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private TestProfiles(ObjectNode root) {
        this.root = root;
    }

    static TestProfiles base() {
        var r = JSON.createObjectNode();
        r.put("craft_profile", 1);
        var company = r.putObject("company");
        company.put("name", "Example GmbH").put("country", "DE").put("size", "large").put("legal_form", "legal_person")
                .put("public_administration", false).put("not_for_profit_reinvesting", false).put("cybersecurity_decisions_in", "DE");
        var product = r.putObject("product");
        product.put("name", "Example Device").put("kind", "hardware_device").put("data_connection", true);
        product.putArray("core_functions").add("sensor");
        product.putArray("other_functions");
        product.putArray("characteristics");
        var scope = r.putObject("scope");
        scope.putArray("sector_legislation");
        scope.putObject("spare_part").put("is_spare_part", false);
        scope.put("national_security", "none");
        r.putObject("commercial").put("price_charged", true).put("own_use_only", false);
        r.putObject("open_source").put("is_foss", false);
        r.putObject("supply_chain").put("activity", "manufactures").put("sold_under_own_name", true).put("substantially_modifies", false);
        r.putObject("market").put("placed_on_market", "2028-03-01");
        r.putObject("support").put("period_months", 60).put("expected_use_years", 5);
        r.putObject("conformity").put("harmonised_standards_applied_in_full", false).put("certification_level", "none");
        return new TestProfiles(r);
    }

    /** Sets (or with null removes) the field at a dotted path; lists become JSON arrays. */
    TestProfiles set(String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (value == null) node.remove(last);
        else node.set(last, JSON.valueToTree(value));
        return this;
    }

    /** Applies "path=value" patches written as strings: true/false, numbers, [a, b] lists, null; anything else text. */
    TestProfiles patch(String... patches) {
        for (String p : patches) {
            int eq = p.indexOf('=');
            set(p.substring(0, eq).trim(), parse(p.substring(eq + 1).trim()));
        }
        return this;
    }

    private static Object parse(String v) {
        if (v.equals("null")) return null;
        if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
        if (v.matches("-?\\d+")) return Long.valueOf(v);
        if (v.matches("-?\\d+\\.\\d+")) return Double.valueOf(v);
        if (v.startsWith("[") && v.endsWith("]")) {
            String inner = v.substring(1, v.length() - 1).trim();
            return inner.isEmpty() ? List.of() : List.of(inner.split("\\s*,\\s*"));
        }
        return v;
    }

    ArrayNode array(String path) {
        JsonNode n = root;
        for (String p : path.split("\\.")) n = n.get(p);
        return (ArrayNode) n;
    }

    JsonNode tree() {
        return root.deepCopy();
    }

    ProfileReader.Loaded loaded() {
        return new ProfileReader(KB).fromTree("test-profile.yaml", root);
    }

    Assessment assess() {
        return assess(AS_OF);
    }

    Assessment assess(LocalDate asOf) {
        return new Assessor(KB).assess(loaded(), asOf);
    }

    Assessment assess(KnowledgeBase kb) {
        return new Assessor(kb).assess(new ProfileReader(kb).fromTree("test-profile.yaml", root), AS_OF);
    }
}
