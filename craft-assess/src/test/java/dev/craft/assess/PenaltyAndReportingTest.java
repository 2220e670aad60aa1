package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.Assessment.PenaltyRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Art 64 tiers and exemptions; Art 14(7) routing to the coordinating CSIRT. */
class PenaltyAndReportingTest {

    @ParameterizedTest(name = "{0}: highest tier {1}")
    @CsvSource({
        "manufacturer, Art 64(2), supply_chain.activity=manufactures",
        "importer, Art 64(3), supply_chain.activity=imports",
        "distributor, Art 64(3), supply_chain.activity=distributes"})
    void shouldExposeEachRoleToItsTier(String role, String tier, String patch) {
        var p = TestProfiles.base().patch(patch);
        if (!role.equals("manufacturer")) p.patch("supply_chain.sold_under_own_name=false", "supply_chain.brand_owner.country=CN");
        Assessment a = p.assess();
        assertThat(a.penalties().highest()).isEqualTo(tier);
    }

    @ParameterizedTest(name = "{0} enterprise: early warning exempt = {1} (Art 64(10)(a))")
    @CsvSource({"micro, true", "small, true", "medium, false", "large, false"})
    void shouldExemptOnlyMicroAndSmallEnterprisesAndOnlyForTheEarlyWarning(String size, boolean exempt) {
        Assessment a = TestProfiles.base().set("company.size", size).assess();
        assertThat(penalty(a, "mfr.art14.vuln_early_warning").exempt()).isEqualTo(exempt);
        assertThat(penalty(a, "mfr.art14.incident_early_warning").exempt()).isEqualTo(exempt);
        assertThat(penalty(a, "mfr.art14.vuln_notification").exempt()).as("72 h notification never exempt").isFalse();
        assertThat(penalty(a, "mfr.art14.vuln_final_report").exempt()).as("final report never exempt").isFalse();
        assertThat(penalty(a, "mfr.art14.vuln_notification").cite()).as("Art 14 is in the Art 64(2) tier").isEqualTo("Art 64(2)");
    }

    @Test
    void shouldNotFineOpenSourceStewards() {
        Assessment a = TestProfiles.base().patch("supply_chain.activity=stewards", "open_source.is_foss=true",
                "open_source.intended_for_commercial_activities=true", "open_source.sustained_support=true", "commercial.price_charged=false",
                "company.not_for_profit_reinvesting=true").assess();
        assertThat(a.penalties().tiers()).isEmpty();
        assertThat(a.penalties().exemptions()).extracting(Assessment.AppliedExemption::cite).containsExactly("Art 64(10)(b)");
    }

    static Stream<Arguments> routing() {
        return Stream.of(
                Arguments.of("decisions taken in a Member State", "FR", List.of("company.cybersecurity_decisions_in=FR")),
                Arguments.of("most employees in the Union", "AT", List.of("company.cybersecurity_decisions_in=null",
                        "company.establishments=EST")),
                Arguments.of("registered office only", "DE", List.of("company.cybersecurity_decisions_in=null")),
                Arguments.of("no Union establishment: authorised representative (Art 14(7)(a))", "IE",
                        List.of("company.country=US", "company.cybersecurity_decisions_in=null", "supply_chain.authorised_representatives=AR")),
                Arguments.of("then the importer with most products (Art 14(7)(b))", "NL",
                        List.of("company.country=US", "company.cybersecurity_decisions_in=null", "supply_chain.importers=IMP")),
                Arguments.of("then the distributor (Art 14(7)(c))", "PL",
                        List.of("company.country=US", "company.cybersecurity_decisions_in=null", "supply_chain.distributors=DIST")),
                Arguments.of("then the Member State with most users (Art 14(7)(d))", "ES",
                        List.of("company.country=US", "company.cybersecurity_decisions_in=null", "market.users_by_member_state=USERS")),
                Arguments.of("nothing known: undecided", null, List.of("company.country=US", "company.cybersecurity_decisions_in=null")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routing")
    void shouldRouteNotificationsToTheCsirtOfArt14_7(String name, String memberState, List<String> patches) {
        var p = TestProfiles.base();
        for (String patch : patches) {
            String path = patch.substring(0, patch.indexOf('='));
            switch (patch.substring(patch.indexOf('=') + 1)) {
                case "EST" -> p.set(path, List.of(Map.of("country", "DE", "employees", 40), Map.of("country", "AT", "employees", 90)));
                case "AR" -> p.set(path, List.of(Map.of("name", "Rep Ltd", "country", "IE", "products", 3)));
                case "IMP" -> p.set(path, List.of(Map.of("name", "Imp A", "country", "BE", "products", 2), Map.of("name", "Imp B", "country", "NL", "products", 7)));
                case "DIST" -> p.set(path, List.of(Map.of("name", "Dist", "country", "PL")));
                case "USERS" -> p.set(path, Map.of("ES", 9000, "PT", 1200));
                default -> p.patch(patch);
            }
        }
        Assessment a = p.assess();
        assertThat(a.reporting().manufacturerReports()).isTrue();
        assertThat(a.reporting().csirt().memberState()).isEqualTo(memberState);
        if (memberState == null) assertThat(a.openQuestions()).anyMatch(q -> q.path().equals("$.market.users_by_member_state"));
    }

    @Test
    void shouldAskWhenTwoMemberStatesTie() {
        Assessment a = TestProfiles.base().set("company.country", "US").set("company.cybersecurity_decisions_in", null)
                .set("market.users_by_member_state", Map.of("ES", 100, "PT", 100)).assess();
        assertThat(a.reporting().csirt().memberState()).isNull();
        assertThat(a.openQuestions()).anyMatch(q -> q.question().contains("same number"));
    }

    private static PenaltyRef penalty(Assessment a, String obligation) {
        return AsOfTest.obligation(a, obligation).penalties().get(0);
    }
}
