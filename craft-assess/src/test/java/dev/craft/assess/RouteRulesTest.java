package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.Assessment.RouteStatus;
import dev.craft.kb.ProductClass;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Conformity assessment routes, Art 32(1) to (5), with the status table as of the knowledge-base date. */
class RouteRulesTest {

    private static final String A = "module_a";
    private static final String BC = "module_b_c";
    private static final String H = "module_h";
    private static final String CERT = "certification_scheme";
    private static final String ART8 = "art8_certificate";

    static Stream<Arguments> cases() {
        return Stream.of(
                row("default class: any route (Art 32(1))", ProductClass.DEFAULT, Map.of(A, RouteStatus.ALLOWED, BC, RouteStatus.ALLOWED,
                        H, RouteStatus.ALLOWED, CERT, RouteStatus.NOT_AVAILABLE)),
                row("Class I without harmonised standards in the OJ: no module A (Art 32(2))", ProductClass.IMPORTANT_CLASS_I,
                        Map.of(A, RouteStatus.NOT_ALLOWED, BC, RouteStatus.ALLOWED, H, RouteStatus.ALLOWED), "product.core_functions=[vpn]"),
                row("Class I FOSS with public technical documentation: module A (Art 32(5))", ProductClass.IMPORTANT_CLASS_I,
                        Map.of(A, RouteStatus.ALLOWED), "product.core_functions=[vpn]", "open_source.is_foss=true",
                        "open_source.monetised_by_manufacturer=true", "open_source.technical_documentation_public=true"),
                row("Class I FOSS, publication of documentation unknown: conditional", ProductClass.IMPORTANT_CLASS_I,
                        Map.of(A, RouteStatus.CONDITIONAL), "product.core_functions=[vpn]", "open_source.is_foss=true",
                        "open_source.monetised_by_manufacturer=true"),
                row("Class II never module A (Art 32(3))", ProductClass.IMPORTANT_CLASS_II,
                        Map.of(A, RouteStatus.NOT_ALLOWED, BC, RouteStatus.ALLOWED, H, RouteStatus.ALLOWED, CERT, RouteStatus.NOT_AVAILABLE),
                        "product.core_functions=[firewall]", "conformity.harmonised_standards_applied_in_full=true"),
                row("Class II FOSS with public documentation: module A (Art 32(5))", ProductClass.IMPORTANT_CLASS_II,
                        Map.of(A, RouteStatus.ALLOWED), "product.core_functions=[hypervisor]", "open_source.is_foss=true",
                        "open_source.monetised_by_manufacturer=true", "open_source.technical_documentation_public=true"),
                row("critical without an Art 8(1) act: Class II routes (Art 32(4)(b))", ProductClass.CRITICAL,
                        Map.of(ART8, RouteStatus.NOT_AVAILABLE, A, RouteStatus.NOT_ALLOWED, BC, RouteStatus.ALLOWED, H, RouteStatus.ALLOWED),
                        "product.core_functions=[tpm]"),
                row("critical FOSS: Art 32(5) does not reach Annex IV", ProductClass.CRITICAL,
                        Map.of(A, RouteStatus.NOT_ALLOWED), "product.core_functions=[secure_element]", "open_source.is_foss=true",
                        "open_source.monetised_by_manufacturer=true", "open_source.technical_documentation_public=true"));
    }

    private static Arguments row(String name, ProductClass cls, Map<String, RouteStatus> expected, String... patches) {
        return Arguments.of(name, cls, expected, patches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldAllowOnlyTheRoutesOfTheClass(String name, ProductClass cls, Map<String, RouteStatus> expected, String[] patches) {
        Assessment a = TestProfiles.base().patch(patches).assess();
        assertThat(a.productClass().productClass()).isEqualTo(cls);
        Map<String, RouteStatus> actual = a.conformityRoutes().stream().collect(Collectors.toMap(Assessment.RouteResult::route, Assessment.RouteResult::status));
        assertThat(actual).containsAllEntriesOf(expected);
        assertThat(a.conformityRoutes()).allSatisfy(r -> assertThat(r.trace().cite()).isNotEmpty());
    }

    @Test
    void shouldAllowModuleAForClassIOnceHarmonisedStandardsAreCitedAndAppliedInFull(@TempDir Path dir) {
        var kb = DraftKnowledgeBase.copyTo(dir).replace("status.yaml",
                "  - id: harmonised_standards_cited_in_oj\n    topic: \"Harmonised standards for the CRA cited in the Official Journal (presumption of conformity, Art 27(1))\"\n    value: false",
                "  - id: harmonised_standards_cited_in_oj\n    topic: \"Harmonised standards for the CRA cited in the Official Journal (presumption of conformity, Art 27(1))\"\n    value: true").load();
        var applied = TestProfiles.base().patch("product.core_functions=[vpn]", "conformity.harmonised_standards_applied_in_full=true").assess(kb);
        var partly = TestProfiles.base().patch("product.core_functions=[vpn]", "conformity.harmonised_standards_applied_in_full=false").assess(kb);
        assertThat(status(applied, A)).isEqualTo(RouteStatus.ALLOWED);
        assertThat(status(partly, A)).isEqualTo(RouteStatus.NOT_ALLOWED);
        var classII = TestProfiles.base().patch("product.core_functions=[firewall]", "conformity.harmonised_standards_applied_in_full=true").assess(kb);
        assertThat(status(classII, A)).as("Class II never module A, standards or not").isEqualTo(RouteStatus.NOT_ALLOWED);
    }

    @Test
    void shouldRequireTheArt8CertificateForCriticalProductsOnceTheDelegatedActExists(@TempDir Path dir) {
        var kb = DraftKnowledgeBase.copyTo(dir).replace("status.yaml",
                "    topic: \"Delegated act under Art 8(1) requiring a European cybersecurity certificate for Annex IV products\"\n    value: false",
                "    topic: \"Delegated act under Art 8(1) requiring a European cybersecurity certificate for Annex IV products\"\n    value: true").load();
        var a = TestProfiles.base().patch("product.core_functions=[smart_meter_gateway]").assess(kb);
        assertThat(status(a, ART8)).isEqualTo(RouteStatus.ALLOWED);
        assertThat(status(a, BC)).isEqualTo(RouteStatus.NOT_ALLOWED);
        assertThat(status(a, H)).isEqualTo(RouteStatus.NOT_ALLOWED);
    }

    private static RouteStatus status(Assessment a, String route) {
        return a.conformityRoutes().stream().filter(r -> r.route().equals(route)).findFirst().orElseThrow().status();
    }
}
