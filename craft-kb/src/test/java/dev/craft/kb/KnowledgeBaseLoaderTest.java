package dev.craft.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeBaseLoaderTest {

    @Test
    void shouldLoadTheShippedKnowledgeBaseWithEveryAnnexCategory() {
        KnowledgeBase kb = KnowledgeBaseLoader.standard();
        Map<ProductClass, Integer> perClass = new EnumMap<>(ProductClass.class);
        for (Category c : kb.categories()) perClass.merge(c.productClass(), 1, Integer::sum);
        assertThat(perClass).containsEntry(ProductClass.IMPORTANT_CLASS_I, 19).containsEntry(ProductClass.IMPORTANT_CLASS_II, 4)
                .containsEntry(ProductClass.CRITICAL, 3);
        assertThat(kb.memberStates()).hasSize(27).contains("GR").doesNotContain("EL", "CH", "NO");
        assertThat(kb.date("general_application").date()).hasToString("2027-12-11");
        assertThat(kb.date("reporting_application").date()).hasToString("2026-09-11");
        assertThat(kb.date("chapter_iv_application").date()).hasToString("2026-06-11");
        assertThat(kb.date("entry_into_force").date()).hasToString("2024-12-10");
        assertThat(kb.date("legacy_certificates_end").date()).hasToString("2028-06-11");
    }

    @Test
    void shouldCiteTheRightPenaltyTiers() {
        var p = KnowledgeBaseLoader.standard().penalties();
        assertThat(p.tier("art64_2").maxEur()).isEqualTo(15_000_000L);
        assertThat(p.tier("art64_2").maxTurnoverPercent()).isEqualTo(2.5);
        assertThat(p.tier("art64_3").maxEur()).isEqualTo(10_000_000L);
        assertThat(p.tier("art64_4").maxEur()).isEqualTo(5_000_000L);
        var kb = KnowledgeBaseLoader.standard();
        assertThat(kb.obligations()).filteredOn(o -> o.id().startsWith("mfr.art14."))
                .allSatisfy(o -> assertThat(o.penalties()).extracting(Obligation.PenaltyRef::tier).containsExactly("art64_2"));
    }

    @Test
    void shouldRecordTheStatusTableWithDatesSourcesAndConfidence() {
        var kb = KnowledgeBaseLoader.standard();
        assertThat(kb.statusEntry("harmonised_standards_cited_in_oj").value()).isEqualTo(dev.craft.kb.rules.Truth.FALSE);
        assertThat(kb.statusEntry("art8_1_certification_act_adopted").value()).isEqualTo(dev.craft.kb.rules.Truth.FALSE);
        assertThat(kb.statusEntry("dr_2026_881_adopted").value()).isEqualTo(dev.craft.kb.rules.Truth.TRUE);
        assertThat(kb.status()).allSatisfy(s -> {
            assertThat(s.source()).isNotBlank();
            assertThat(s.confidence()).isIn("2+", "1", "unconfirmed");
        });
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("citation not in craft's style", "dates.yaml", "cite: [Art 71(1)]\n    note: \"Date", "cite: [Article 71]\n    note: \"Date",
                        "dates.yaml", "not a citation"),
                broken("unknown fact in a rule", "exclusions.yaml", "{fact: scope.sector_legislation, has: mdr_2017_745}",
                        "{fact: scope.sector_legislatio, has: mdr_2017_745}", "exclusions.yaml", "unknown fact 'scope.sector_legislatio'"),
                broken("value outside the fact's vocabulary", "exclusions.yaml", "has: mdr_2017_745}", "has: mdr_2017}", "exclusions.yaml",
                        "'mdr_2017' is not a value of fact scope.sector_legislation"),
                broken("operator that does not fit the type", "exclusions.yaml", "{fact: scope.sector_legislation, has: mdr_2017_745}",
                        "{fact: scope.sector_legislation, is: mdr_2017_745}", "exclusions.yaml", "operator 'is' does not apply"),
                broken("unknown predicate", "roles.yaml", "{rule: commercial_activity}", "{rule: commercial_activities}", "roles.yaml",
                        "unknown predicate 'commercial_activities'"),
                broken("unknown status entry", "routes.yaml", "{status: harmonised_standards_cited_in_oj, is: true}",
                        "{status: harmonised_standards_in_oj, is: true}", "routes.yaml", "unknown status entry"),
                broken("unknown date id", "predicates.yaml", "before: general_application}", "before: general_aplication}", "predicates.yaml",
                        "unknown date 'general_aplication'"),
                broken("invalid date", "dates.yaml", "date: 2027-12-11", "date: 2027-13-11", "dates.yaml", "not a valid date"),
                broken("duplicate rule id", "exclusions.yaml", "id: excl.ivdr", "id: excl.mdr", "exclusions.yaml", "duplicate id 'excl.mdr'"),
                broken("unknown field", "penalties.yaml", "    max_eur: 15000000", "    max_euro: 15000000", "penalties.yaml", "unknown field 'max_euro'"),
                broken("a category missing", "categories.yaml", "  - id: III-I-3\n    cite: \"Annex III Class I #3\"",
                        "  - id: III-I-20\n    cite: \"Annex III Class I #20\"", "categories.yaml", "important product, Class I (Annex III): categories"),
                broken("a route rule missing", "routes.yaml", "  - id: route.class_ii.module_h\n    class: important_class_ii\n    route: module_h",
                        "  - id: route.class_ii.module_h\n    class: important_class_ii\n    route: module_b_c", "routes.yaml", "second rule"),
                broken("obligation without penalty tier", "obligations.yaml", "penalties: [{tier: art64_2, via: \"Annex I\"}]",
                        "penalties: []", "obligations.yaml", "no penalty tier"),
                broken("unknown retention rule", "obligations.yaml", "retention: retention.technical_documentation}",
                        "retention: retention.tech_doc}", "obligations.yaml", "unknown retention rule"),
                broken("predicate cycle", "predicates.yaml", "      {fact: company.size, in: [micro, small]}", "      {rule: micro_or_small}",
                        "predicates.yaml", "refers to itself"),
                broken("YAML syntax error", "status.yaml", "status:\n", "status: [\n", "status.yaml", "not valid YAML"),
                broken("category class and citation disagree", "categories.yaml", "cite: \"Annex III Class II #1\"", "cite: \"Annex III Class I #1\"",
                        "categories.yaml", "do not agree"));
    }

    private static Arguments broken(String name, String file, String from, String to, String source, String message) {
        return Arguments.of(name, file, from, to, source, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void shouldRefuseABrokenKnowledgeBaseWithALocatedError(String name, String file, String from, String to, String source, String message,
            @TempDir Path dir) throws IOException {
        copyShipped(dir);
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).as("fixture text present in " + file).contains(from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems()).as(e.getMessage())
                        .anySatisfy(prob -> {
                            assertThat(prob.source()).isEqualTo(source);
                            assertThat(prob.render()).contains(message);
                        }));
    }

    @Test
    void shouldNameAMissingFile(@TempDir Path dir) throws IOException {
        copyShipped(dir);
        Files.delete(dir.resolve("routes.yaml"));
        assertThatThrownBy(() -> KnowledgeBaseLoader.load(dir)).isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems()).extracting(Problem::source).contains("routes.yaml"));
    }

    @Test
    void shouldLoadAnUnchangedCopyToTheSameKnowledgeBase(@TempDir Path dir) throws IOException {
        copyShipped(dir);
        assertThat(KnowledgeBaseLoader.load(dir)).isEqualTo(KnowledgeBaseLoader.standard());
    }

    static void copyShipped(Path dir) throws IOException {
        for (String name : KnowledgeBaseLoader.standard().manifest().files()) copy(name, dir);
        copy("manifest.yaml", dir);
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = KnowledgeBaseLoaderTest.class.getResourceAsStream("/dev/craft/kb/cra/" + name)) {
            Files.writeString(dir.resolve(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
