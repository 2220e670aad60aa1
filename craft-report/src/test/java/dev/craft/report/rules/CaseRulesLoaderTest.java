package dev.craft.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CaseRulesLoaderTest {

    private static String shipped() throws IOException {
        try (InputStream in = CaseRulesLoaderTest.class.getResourceAsStream(CaseRulesLoader.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CaseRules load(String yaml) throws IOException {
        return CaseRulesLoader.load("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldLoadEveryRuleTheCodeUsesWithACitation() {
        CaseRules rules = CaseRulesLoader.standard();
        assertThat(rules.rules().keySet()).containsAll(CaseRulesLoader.REQUIRED_RULES);
        assertThat(rules.rule("good-faith-research").cite()).isEqualTo("Art 3(42); Rec 68");
        assertThat(rules.routing()).hasSize(7);
        assertThat(rules.openPoints()).extracting(CaseRules.OpenPoint::id).contains("exploited-where", "routing-tie", "steward-start-date");
    }

    @Test
    void shouldRejectAFileWithoutARuleTheCodeUses() throws IOException {
        String broken = shipped().replace("  good-faith-research:", "  good-faith-researc:");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("rules.good-faith-research: missing (craft refers to it)");
    }

    @Test
    void shouldRejectRoutingStepsOutOfTheLawsOrder() throws IOException {
        String broken = shipped().replace("  - id: importer\n", "  - id: importerx\n");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("routing[4].id: expected importer");
    }

    @Test
    void shouldFillPlaceholdersAndRefuseAMissingOne() {
        var rule = CaseRulesLoader.standard().rule("legacy-product");
        assertThat(rule.placeholders()).containsExactly("release", "date");
        assertThat(rule.render("release", "Router 1.0", "date", "2025-05-20")).startsWith("Router 1.0 was placed on the market on 2025-05-20");
        assertThatThrownBy(() -> rule.render("release", "x")).hasMessageContaining("{date}");
    }
}
