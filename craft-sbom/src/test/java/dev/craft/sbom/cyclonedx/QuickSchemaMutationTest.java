package dev.craft.sbom.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.sbom.read.QuickSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Damaged components and dependencies: a valid element with one node replaced by a wrong type, a bad enum
 * value, a malformed IRI, e-mail or date, an unknown property, a removed field or a duplicated array item.
 * Whenever the quick check decides, it must decide as networknt does.
 */
class QuickSchemaMutationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonNode COMPONENT = fixture("quick-schema-component.json");
    private static final JsonNode DEPENDENCY = fixture("quick-schema-dependency.json");

    /** Replacement values: wrong types, bad enum values and formats, edge numbers, characters beyond the BMP. */
    private static final List<JsonNode> REPLACEMENTS = List.of(
            F.numberNode(7), F.numberNode(1.5), F.numberNode(1.0), F.numberNode(-1), F.booleanNode(true), F.nullNode(),
            F.objectNode(), F.arrayNode(), F.textNode(""), F.textNode("library"), F.textNode("not-a-type"),
            F.textNode("https://exa mple.example/"), F.textNode("%zz"), F.textNode("http://[::1"), F.textNode("mailto:x@y.example"),
            F.textNode("no-at-sign"), F.textNode("jane@"), F.textNode("2024-13-45T25:61:00Z"), F.textNode("2024-02-29T12:00:00Z"),
            F.textNode("SHA-256"), F.textNode("sha-256"), F.textNode("0123456789abcdef0123456789abcdef"), F.textNode("xyz"),
            F.textNode("\uD83D\uDE00"), F.textNode("Apache-2.0"), F.textNode("MIT OR Apache-2.0"), F.textNode("required"));

    @Test
    void shouldDecideTheUndamagedFixturesValid() {
        for (String v : List.of("1.6", "1.7")) {
            assertThat(CycloneDxSchemas.json(v).component().validate(COMPONENT)).isEmpty();
            assertThat(CycloneDxSchemas.json(v).quickComponent().verdict(COMPONENT)).isEqualTo(QuickSchema.Verdict.VALID);
            assertThat(CycloneDxSchemas.json(v).quickDependency().verdict(DEPENDENCY)).isEqualTo(QuickSchema.Verdict.VALID);
        }
    }

    @Property(tries = 600)
    void shouldAgreeWithNetworkntOnDamagedComponents(@ForAll("versions") String version, @ForAll @IntRange(min = 0, max = 10_000) int where,
            @ForAll("mutations") int mutation, @ForAll @IntRange(min = 0, max = 10_000) int replacement) {
        check(version, true, damage(COMPONENT, where, mutation, replacement));
    }

    @Property(tries = 200)
    void shouldAgreeWithNetworkntOnDamagedDependencies(@ForAll("versions") String version, @ForAll @IntRange(min = 0, max = 10_000) int where,
            @ForAll("mutations") int mutation, @ForAll @IntRange(min = 0, max = 10_000) int replacement) {
        check(version, false, damage(DEPENDENCY, where, mutation, replacement));
    }

    @Provide
    Arbitrary<String> versions() {
        return Arbitraries.of(CycloneDxSchemas.JSON_VERSIONS);
    }

    @Provide
    Arbitrary<Integer> mutations() {
        return Arbitraries.integers().between(0, 3);
    }

    private static void check(String version, boolean component, JsonNode element) {
        CycloneDxSchemas.JsonSchemas s = CycloneDxSchemas.json(version);
        QuickSchema.Verdict quick = (component ? s.quickComponent() : s.quickDependency()).verdict(element);
        boolean valid = (component ? s.component() : s.dependency()).validate(element).isEmpty();
        if (quick != QuickSchema.Verdict.UNDECIDED) {
            assertThat(quick == QuickSchema.Verdict.VALID).as("%s %s", version, element).isEqualTo(valid);
        }
    }

    /** 0 replaces a node, 1 adds an unknown property to an object, 2 removes a field or item, 3 duplicates an array item. */
    static JsonNode damage(JsonNode original, int where, int mutation, int replacement) {
        JsonNode copy = original.deepCopy();
        List<JsonNode[]> slots = new ArrayList<>(); // {container, key or index}
        collect(copy, slots);
        JsonNode[] slot = slots.get(where % slots.size());
        JsonNode container = slot[0];
        JsonNode target = container instanceof ObjectNode o ? o.get(slot[1].asText()) : container.get(slot[1].asInt());
        JsonNode value = REPLACEMENTS.get(replacement % REPLACEMENTS.size());
        switch (mutation) {
            case 0 -> set(container, slot[1], value);
            case 1 -> {
                if (target instanceof ObjectNode o) o.set("unexpectedField", value);
                else set(container, slot[1], value);
            }
            case 2 -> {
                if (container instanceof ObjectNode o) o.remove(slot[1].asText());
                else ((ArrayNode) container).remove(slot[1].asInt());
            }
            default -> {
                if (target instanceof ArrayNode a && !a.isEmpty()) a.add(a.get(0).deepCopy());
                else set(container, slot[1], value);
            }
        }
        return copy;
    }

    private static void collect(JsonNode n, List<JsonNode[]> slots) {
        if (n instanceof ObjectNode o) {
            for (var e : o.properties()) {
                slots.add(new JsonNode[] {o, F.textNode(e.getKey())});
                collect(e.getValue(), slots);
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new JsonNode[] {a, F.numberNode(i)});
                collect(a.get(i), slots);
            }
        }
    }

    private static void set(JsonNode container, JsonNode key, JsonNode value) {
        if (container instanceof ObjectNode o) o.set(key.asText(), value);
        else ((ArrayNode) container).set(key.asInt(), value);
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = QuickSchemaMutationTest.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
