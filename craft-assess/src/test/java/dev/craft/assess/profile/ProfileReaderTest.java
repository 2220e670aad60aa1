package dev.craft.assess.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.kb.KnowledgeBaseLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad profiles are refused with every problem located by JSON path; unknown fields are errors. */
class ProfileReaderTest {

    private static final ProfileReader READER = new ProfileReader(KnowledgeBaseLoader.standard());
    private static final String VALID = """
            craft_profile: 1
            company: {name: "ACME", country: DE, size: small}
            product: {name: "Widget", kind: hardware_device, data_connection: true, core_functions: [sensor]}
            market: {placed_on_market: 2028-01-10, member_states: [DE, FR]}
            """;

    static Stream<Arguments> badProfiles() {
        return Stream.of(
                bad("unknown top-level field", VALID + "extra: 1\n", "$.extra", "unknown field 'extra'"),
                bad("unknown nested field (typo)", VALID.replace("data_connection", "data_conection"), "$.product.data_conection", "unknown field"),
                bad("missing version", VALID.replace("craft_profile: 1\n", ""), "$.craft_profile", "missing profile version"),
                bad("unsupported version", VALID.replace("craft_profile: 1", "craft_profile: 2"), "$.craft_profile", "unsupported profile version 2"),
                bad("missing company name", VALID.replace("name: \"ACME\", ", ""), "$.company.name", "missing"),
                bad("product kind outside the vocabulary", VALID.replace("hardware_device", "gadget"), "$.product.kind", "'gadget' is not allowed"),
                bad("function tag outside the vocabulary", VALID.replace("[sensor]", "[sensor, teleporter]"), "$.product.core_functions[1]", "'teleporter'"),
                bad("boolean given as text", VALID.replace("data_connection: true", "data_connection: \"yes\""), "$.product.data_connection", "expected true or false"),
                bad("invalid date", VALID.replace("2028-01-10", "2028-02-30"), "$.market.placed_on_market", "not a valid date"),
                bad("not a country code", VALID.replace("country: DE", "country: Germany"), "$.company.country", "not a country code"),
                bad("not a Member State", VALID.replace("[DE, FR]", "[DE, CH]"), "$.market.member_states[1]", "not a Member State"),
                bad("Member State listed twice", VALID.replace("[DE, FR]", "[DE, DE]"), "$.market.member_states[1]", "listed twice"),
                bad("size outside the vocabulary", VALID.replace("size: small", "size: tiny"), "$.company.size", "'tiny' is not allowed"),
                bad("list where a mapping belongs", VALID.replace("market: {placed_on_market: 2028-01-10, member_states: [DE, FR]}", "market: [1, 2]"),
                        "$.market", "expected a mapping"),
                bad("both support end and length", VALID + "support: {period_end: 2033-01-10, period_months: 60}\n", "$.support.period_months", "both"),
                bad("support ends before placing", VALID + "support: {period_end: 2027-01-10}\n", "$.support.period_end", "before placing"),
                bad("core and other function overlap", VALID.replace("core_functions: [sensor]", "core_functions: [sensor], other_functions: [sensor]"),
                        "$.product.other_functions", "listed as core and as other"),
                bad("AVA_VAN level out of range", VALID.replace("core_functions: [sensor]", "core_functions: [sensor], ava_van_level: 7"),
                        "$.product.ava_van_level", "does not exist"),
                bad("unknown category ruled out", VALID.replace("core_functions: [sensor]", "core_functions: [sensor], categories_ruled_out: [{category: III-I-99, reason: x}]"),
                        "$.product.categories_ruled_out[0].category", "unknown category"),
                bad("modification date without modification",
                        VALID.replace("member_states: [DE, FR]}", "member_states: [DE, FR], substantial_modification: {made: false, date: 2029-01-01}}"),
                        "$.market.substantial_modification.date", "made is false"),
                bad("duplicate key", VALID + "company: {name: other}\n", "line 5", "Duplicate field 'company'"),
                bad("YAML syntax error", VALID + "product: [unclosed\n", "line", "not valid YAML"),
                bad("empty file", "", "", "empty"));
    }

    private static Arguments bad(String name, String yaml, String path, String message) {
        return Arguments.of(name, yaml, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void shouldRefuseABadProfileWithTheJsonPathOfTheProblem(String name, String yaml, String path, String message) {
        String text = yaml;
        assertThatThrownBy(() -> READER.read("profile.yaml", text, false))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((InputException) e).problems();
                    assertThat(problems).allSatisfy(p -> assertThat(p.source()).isEqualTo("profile.yaml"));
                    String expectedPath = path;
                    String expectedMessage = message;
                    assertThat(problems).as(e.getMessage()).anySatisfy(p -> {
                        assertThat(p.location()).startsWith(expectedPath);
                        assertThat(p.message()).containsIgnoringCase(expectedMessage);
                    });
                });
    }

    @Test
    void shouldReportEveryProblemOfAFileAtOnce() {
        String yaml = VALID.replace("hardware_device", "gadget").replace("country: DE", "country: Germany") + "extra: 1\n";
        assertThatThrownBy(() -> READER.read("p.yaml", yaml, false)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).extracting(Problem::location)
                        .contains("$.product.kind", "$.company.country", "$.extra"));
    }

    @Test
    void shouldNameTheExpectedValuesOfAnUnknownField() {
        assertThatThrownBy(() -> READER.read("p.yaml", VALID + "extra: 1\n", false))
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).expected()).contains("company", "product", "support"));
    }

    @Test
    void shouldGiveTheSameHashToTheSameProfileInYamlAndJson() {
        String json = """
                {"product": {"core_functions": ["sensor"], "data_connection": true, "kind": "hardware_device", "name": "Widget"},
                 "craft_profile": 1, "company": {"size": "small", "country": "DE", "name": "ACME"},
                 "market": {"member_states": ["DE", "FR"], "placed_on_market": "2028-01-10"}}
                """;
        var fromYaml = READER.read("p.yaml", VALID, false);
        var fromJson = READER.read("p.json", json, true);
        assertThat(fromJson.sha256()).isEqualTo(fromYaml.sha256());
        assertThat(fromJson.profile()).isEqualTo(fromYaml.profile());
        var changed = READER.read("p.yaml", VALID.replace("2028-01-10", "2028-01-11"), false);
        assertThat(changed.sha256()).isNotEqualTo(fromYaml.sha256());
    }

    @Test
    void shouldReadNorwayAsACountryNotAsFalse() {
        var loaded = READER.read("p.yaml", VALID.replace("country: DE", "country: NO"), false);
        assertThat(loaded.profile().company().country()).isEqualTo("NO");
    }

    @Test
    void shouldTreatNullAsNotKnown() {
        var loaded = READER.read("p.yaml", VALID.replace("data_connection: true", "data_connection: null"), false);
        assertThat(loaded.profile().product().dataConnection()).isNull();
    }

    @Test
    void shouldRefuseAliasBombs() {
        var sb = new StringBuilder("craft_profile: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) sb.append(i == 0 ? "" : ", ").append('*').append(prev);
            sb.append("]\n");
            prev = c;
        }
        assertThatThrownBy(() -> READER.read("bomb.yaml", sb.toString(), false)).isInstanceOf(InputException.class)
                .hasMessageContaining("bomb.yaml");
    }

    @Test
    void shouldRefuseDeepNesting() {
        String deep = "craft_profile: 1\nx: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThatThrownBy(() -> READER.read("deep.yaml", deep, false)).isInstanceOf(InputException.class).hasMessageContaining("deep.yaml");
        String deepJson = "{\"x\": " + "[".repeat(200) + "]".repeat(200) + "}";
        assertThatThrownBy(() -> READER.read("deep.json", deepJson, true)).isInstanceOf(InputException.class).hasMessageContaining("nesting");
    }

    @Test
    void shouldRefuseHugeInput() {
        String huge = VALID + "# " + "x".repeat(1 << 20) + "\n";
        assertThatThrownBy(() -> READER.read("huge.yaml", huge, false)).isInstanceOf(InputException.class).hasMessageContaining("larger than the limit");
    }
}
