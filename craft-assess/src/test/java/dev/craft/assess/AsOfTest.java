package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.Assessment.ObligationResult;
import dev.craft.assess.Assessment.ObligationStatus;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which obligations are in force on a date: Art 71(2), and legacy products under Art 69(2) and (3). */
class AsOfTest {

    private static final String ART14 = "mfr.art14.vuln_early_warning";
    private static final String ART13 = "mfr.essential_requirements";

    static Stream<Arguments> cases() {
        return Stream.of(
                row("new product, before Art 14 applies", "2026-09-10", ObligationStatus.NOT_YET_IN_FORCE, ObligationStatus.NOT_YET_IN_FORCE,
                        "market.placed_on_market=2028-03-01"),
                row("new product, on the day Art 14 applies", "2026-09-11", ObligationStatus.IN_FORCE, ObligationStatus.NOT_YET_IN_FORCE,
                        "market.placed_on_market=2028-03-01"),
                row("new product, day before general application", "2027-12-10", ObligationStatus.IN_FORCE, ObligationStatus.NOT_YET_IN_FORCE,
                        "market.placed_on_market=2028-03-01"),
                row("new product, general application", "2027-12-11", ObligationStatus.IN_FORCE, ObligationStatus.IN_FORCE,
                        "market.placed_on_market=2028-03-01"),
                row("legacy software placed 2025: Art 14 only (Art 69(2), (3))", "2028-06-01", ObligationStatus.IN_FORCE, ObligationStatus.NOT_APPLICABLE,
                        "product.kind=software_application", "market.placed_on_market=2025-06-01", "market.substantial_modification.made=false"),
                row("legacy hardware, no new units from 2027-12-11: Art 14 only", "2028-06-01", ObligationStatus.IN_FORCE, ObligationStatus.NOT_APPLICABLE,
                        "market.placed_on_market=2025-06-01", "market.new_units_from_general_application=false",
                        "market.substantial_modification.made=false"),
                row("legacy hardware design, new units from 2027-12-11: full (per unit)", "2028-06-01", ObligationStatus.IN_FORCE, ObligationStatus.IN_FORCE,
                        "market.placed_on_market=2025-06-01", "market.new_units_from_general_application=true"),
                row("legacy software copies after 2027-12-11 stay legacy (one placing per version)", "2028-06-01", ObligationStatus.IN_FORCE,
                        ObligationStatus.NOT_APPLICABLE, "product.kind=software_application", "market.placed_on_market=2025-06-01",
                        "market.new_units_from_general_application=true", "market.substantial_modification.made=false"),
                row("legacy product substantially modified in 2028: full", "2028-06-01", ObligationStatus.IN_FORCE, ObligationStatus.IN_FORCE,
                        "market.placed_on_market=2025-06-01", "market.new_units_from_general_application=false",
                        "market.substantial_modification.made=true", "market.substantial_modification.date=2028-04-01"),
                row("legacy product modified in 2026, before general application: still legacy", "2028-06-01", ObligationStatus.IN_FORCE,
                        ObligationStatus.NOT_APPLICABLE, "market.placed_on_market=2025-06-01", "market.new_units_from_general_application=false",
                        "market.substantial_modification.made=true", "market.substantial_modification.date=2026-04-01"),
                row("legacy hardware, new units unknown: undecided", "2028-06-01", ObligationStatus.IN_FORCE, ObligationStatus.UNDECIDED,
                        "market.placed_on_market=2025-06-01", "market.substantial_modification.made=false"),
                row("legacy product, modification not stated: undecided", "2028-06-01", ObligationStatus.IN_FORCE, ObligationStatus.UNDECIDED,
                        "product.kind=software_application", "market.placed_on_market=2025-06-01"),
                row("placing date unknown: undecided", "2028-06-01", ObligationStatus.IN_FORCE, ObligationStatus.UNDECIDED,
                        "market.placed_on_market=null"));
    }

    private static Arguments row(String name, String asOf, ObligationStatus art14, ObligationStatus art13, String... patches) {
        return Arguments.of(name, asOf, art14, art13, patches);
    }

    @ParameterizedTest(name = "{0} (as of {1})")
    @MethodSource("cases")
    void shouldApplyOnlyTheObligationsInForceOnTheDate(String name, String asOf, ObligationStatus art14, ObligationStatus art13, String[] patches) {
        Assessment a = TestProfiles.base().patch(patches).assess(LocalDate.parse(asOf));
        assertThat(obligation(a, ART14).status()).as("Art 14 early warning").isEqualTo(art14);
        assertThat(obligation(a, ART13).status()).as("Art 13(1)").isEqualTo(art13);
        if (art13 == ObligationStatus.NOT_APPLICABLE) assertThat(obligation(a, ART13).note()).contains("Art 69(2)");
        if (art13 == ObligationStatus.UNDECIDED) assertThat(a.openQuestions()).anyMatch(q -> q.path().startsWith("$.market."));
    }

    @ParameterizedTest(name = "steward obligations as of {0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"2027-12-10, NOT_YET_IN_FORCE", "2027-12-11, IN_FORCE"})
    void shouldApplyStewardObligationsFromGeneralApplication(String asOf, ObligationStatus expected) {
        Assessment a = TestProfiles.base().patch("supply_chain.activity=stewards", "open_source.is_foss=true",
                "open_source.intended_for_commercial_activities=true", "open_source.sustained_support=true", "commercial.price_charged=false",
                "company.not_for_profit_reinvesting=true").assess(LocalDate.parse(asOf));
        assertThat(a.obligations()).isNotEmpty().allSatisfy(o -> assertThat(o.status()).isEqualTo(expected));
        assertThat(a.unsettledPoints()).extracting(Assessment.Unsettled::flag).contains("steward-art24-3-start");
    }

    static ObligationResult obligation(Assessment a, String id) {
        return a.obligations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no obligation " + id));
    }
}
