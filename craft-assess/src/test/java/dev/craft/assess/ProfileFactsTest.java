package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.kb.rules.FactDef;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The profile mapping provides exactly the facts the knowledge base declares, so no rule can read a fact nobody sets. */
class ProfileFactsTest {

    @Test
    void shouldProvideEveryDeclaredFact() {
        var profile = TestProfiles.base().loaded().profile();
        Map<String, ?> provided = ProfileFacts.of(profile, TestProfiles.KB);
        var declared = new TreeSet<String>();
        for (FactDef f : TestProfiles.KB.facts().values()) if (f.collection() == null) declared.add(f.id());
        assertThat(new TreeSet<>(provided.keySet())).isEqualTo(declared);
    }

    @Test
    void shouldProvideEveryDeclaredCollectionFact() {
        var declared = new TreeSet<String>();
        for (FactDef f : TestProfiles.KB.facts().values()) if (f.collection() != null) declared.add(f.id());
        var rp = new dev.craft.assess.profile.Profile.RemoteProcessing("x", null, null, null, null);
        assertThat(new TreeSet<>(ProfileFacts.of(rp).keySet())).isEqualTo(declared);
    }

    @Test
    void shouldPointEveryFactAtAFieldOfThePublishedProfileSchema() throws Exception {
        var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(GoldenFiles.REPO.resolve("docs/schemas/profile-v1.schema.json").toFile());
        for (FactDef f : TestProfiles.KB.facts().values()) {
            var node = schema;
            for (String part : f.profilePath().substring(2).replace("[*]", "").split("\\.")) {
                node = node.path("properties").has(part) ? node.path("properties").path(part) : node.path("items").path("properties").path(part);
            }
            assertThat(node.isMissingNode()).as(f.id() + " -> " + f.profilePath()).isFalse();
        }
    }

    @Test
    void shouldPublishTheKnowledgeBaseVocabulariesInTheProfileSchema() throws Exception {
        var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(GoldenFiles.REPO.resolve("docs/schemas/profile-v1.schema.json").toFile());
        var props = schema.path("properties");
        assertEnum(props.path("product").path("properties").path("kind").path("enum"), "product.kind");
        assertEnum(props.path("product").path("properties").path("core_functions").path("items").path("enum"), "product.core_functions");
        assertEnum(props.path("product").path("properties").path("characteristics").path("items").path("enum"), "product.characteristics");
        assertEnum(props.path("scope").path("properties").path("sector_legislation").path("items").path("enum"), "scope.sector_legislation");
        assertEnum(props.path("scope").path("properties").path("national_security").path("enum"), "scope.national_security");
        assertEnum(props.path("supply_chain").path("properties").path("activity").path("enum"), "supply_chain.activity");
        assertEnum(props.path("company").path("properties").path("size").path("enum"), "company.size");
        assertEnum(props.path("conformity").path("properties").path("certification_level").path("enum"), "conformity.certification_level");
    }

    private static void assertEnum(com.fasterxml.jackson.databind.JsonNode values, String fact) {
        var inSchema = new TreeSet<String>();
        values.forEach(v -> {
            if (!v.isNull()) inSchema.add(v.asText());
        });
        assertThat(inSchema).as("profile schema enum for " + fact).isEqualTo(new TreeSet<>(TestProfiles.KB.fact(fact).values()));
    }
}
