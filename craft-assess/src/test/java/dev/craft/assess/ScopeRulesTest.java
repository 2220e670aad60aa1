package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.Assessment.ScopeVerdict;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Art 2 scope, every exclusion, commercial activity and FOSS (Rec 15 to 20), and SaaS / RDPS (Art 3(2)). */
class ScopeRulesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, expected verdict, the rule that decides (or null), patches
                row("base device is in scope (Art 2(1))", ScopeVerdict.IN_SCOPE, null),
                row("no data connection: out (Art 2(1))", ScopeVerdict.OUT_OF_SCOPE, "scope.data_connection", "product.data_connection=false"),
                row("medical device: excluded (Art 2(2)(a))", ScopeVerdict.OUT_OF_SCOPE, "excl.mdr", "scope.sector_legislation=[mdr_2017_745]"),
                row("IVD device: excluded (Art 2(2)(b))", ScopeVerdict.OUT_OF_SCOPE, "excl.ivdr", "scope.sector_legislation=[ivdr_2017_746]"),
                row("type-approved vehicle system: excluded (Art 2(2)(c))", ScopeVerdict.OUT_OF_SCOPE, "excl.motor_vehicles",
                        "scope.sector_legislation=[vehicle_type_approval_2019_2144]"),
                row("component made exclusively for type-approved vehicles: excluded (Art 2(2)(c))", ScopeVerdict.OUT_OF_SCOPE, "excl.motor_vehicles",
                        "product.kind=hardware_component", "scope.sector_legislation=[vehicle_type_approval_2019_2144]",
                        "scope.exclusively_for_type_approved_vehicles=true"),
                row("generic component also sold in retail: in scope (Guidance pts 241 to 246)", ScopeVerdict.IN_SCOPE, null,
                        "product.kind=hardware_component", "scope.sector_legislation=[vehicle_type_approval_2019_2144]",
                        "scope.exclusively_for_type_approved_vehicles=false"),
                row("vehicle component, exclusivity unknown: undecided", ScopeVerdict.UNDECIDED, "excl.motor_vehicles",
                        "product.kind=software_component", "scope.sector_legislation=[vehicle_type_approval_2019_2144]"),
                row("certified under 2018/1139: excluded (Art 2(3))", ScopeVerdict.OUT_OF_SCOPE, "excl.aviation",
                        "scope.sector_legislation=[aviation_certified_2018_1139]"),
                row("marine equipment: excluded (Art 2(4))", ScopeVerdict.OUT_OF_SCOPE, "excl.marine", "scope.sector_legislation=[marine_equipment_2014_90]"),
                row("L-category vehicle: excluded (Art 2(5), DR 2025/1535)", ScopeVerdict.OUT_OF_SCOPE, "excl.l_category",
                        "scope.sector_legislation=[l_category_vehicle_168_2013]"),
                row("pedelec outside 168/2013: stays in scope", ScopeVerdict.IN_SCOPE, null, "scope.sector_legislation=[pedelec_outside_168_2013]"),
                row("identical spare part, same specifications: excluded (Art 2(6))", ScopeVerdict.OUT_OF_SCOPE, "excl.spare_part",
                        "scope.spare_part.is_spare_part=true", "scope.spare_part.replaces_identical_component=true", "scope.spare_part.same_specifications=true"),
                row("spare part to different specifications: in scope", ScopeVerdict.IN_SCOPE, null,
                        "scope.spare_part.is_spare_part=true", "scope.spare_part.replaces_identical_component=true", "scope.spare_part.same_specifications=false"),
                row("spare part, specifications unknown: undecided", ScopeVerdict.UNDECIDED, "excl.spare_part",
                        "scope.spare_part.is_spare_part=true", "scope.spare_part.replaces_identical_component=true"),
                row("exclusively national security or defence: excluded (Art 2(7))", ScopeVerdict.OUT_OF_SCOPE, "excl.national_security",
                        "scope.national_security=exclusively_national_security_or_defence"),
                row("designed for classified information: excluded (Art 2(7))", ScopeVerdict.OUT_OF_SCOPE, "excl.national_security",
                        "scope.national_security=designed_for_classified_information"),
                row("dual-use: not excluded (Art 2(7))", ScopeVerdict.IN_SCOPE, null, "scope.national_security=dual_use"),
                row("public administration, own use: not made available (Rec 16)", ScopeVerdict.OUT_OF_SCOPE, "excl.public_administration_own_use",
                        "company.public_administration=true", "commercial.own_use_only=true", "commercial.price_charged=false",
                        "commercial.paid_support_beyond_cost_recovery=false", "commercial.monetisation_intent=false",
                        "commercial.personal_data_beyond_security=false", "commercial.donations_exceed_costs=false",
                        "commercial.supplied_in_course_of_business=false"),
                row("own use only, no commercial activity: out (FAQ 1.5)", ScopeVerdict.OUT_OF_SCOPE, "excl.own_use",
                        "commercial.own_use_only=true", "commercial.price_charged=false", "commercial.paid_support_beyond_cost_recovery=false",
                        "commercial.monetisation_intent=false", "commercial.personal_data_beyond_security=false",
                        "commercial.donations_exceed_costs=false", "commercial.supplied_in_course_of_business=false"),
                row("sector legislation not stated: undecided", ScopeVerdict.UNDECIDED, "excl.mdr", "scope.sector_legislation=null"),
                row("pure SaaS: not a product with digital elements (Rec 12)", ScopeVerdict.OUT_OF_SCOPE, "scope.product_with_digital_elements",
                        "product.kind=online_service", "product.serves_pde.absence_prevents_function=false"),
                row("SaaS back-end of the maker's own device: in scope as RDPS (Art 3(2))", ScopeVerdict.IN_SCOPE, null,
                        "product.kind=online_service", "product.serves_pde.designed_under_manufacturer_responsibility=true",
                        "product.serves_pde.absence_prevents_function=true"),
                row("online service, RDPS facts unknown: undecided", ScopeVerdict.UNDECIDED, "scope.product_with_digital_elements", "product.kind=online_service"),
                row("FOSS not monetised: no commercial activity (Rec 18)", ScopeVerdict.OUT_OF_SCOPE, "scope.commercial_activity",
                        "open_source.is_foss=true", "open_source.monetised_by_manufacturer=false", "commercial.price_charged=false",
                        "commercial.paid_support_beyond_cost_recovery=false", "commercial.monetisation_intent=false",
                        "commercial.personal_data_beyond_security=false", "commercial.donations_exceed_costs=false"),
                row("FOSS monetised by its manufacturer: in scope (Rec 18)", ScopeVerdict.IN_SCOPE, null,
                        "open_source.is_foss=true", "open_source.monetised_by_manufacturer=true", "commercial.price_charged=false"),
                row("FOSS with paid support above cost: in scope (Rec 15)", ScopeVerdict.IN_SCOPE, null,
                        "open_source.is_foss=true", "commercial.price_charged=false", "commercial.paid_support_beyond_cost_recovery=true"),
                row("FOSS by a not-for-profit reinvesting all earnings: not commercial (Rec 18)", ScopeVerdict.OUT_OF_SCOPE, "scope.commercial_activity",
                        "open_source.is_foss=true", "company.not_for_profit_reinvesting=true", "commercial.donations_exceed_costs=true"),
                row("free closed-source app given away as part of the business: in scope (Art 3(22))", ScopeVerdict.IN_SCOPE, null,
                        "product.kind=software_application", "commercial.price_charged=false", "commercial.supplied_in_course_of_business=true"),
                row("free software, commercial facts unknown: undecided", ScopeVerdict.UNDECIDED, "scope.commercial_activity",
                        "commercial.price_charged=false", "open_source.is_foss=null"));
    }

    private static Arguments row(String name, ScopeVerdict verdict, String rule, String... patches) {
        return Arguments.of(name, verdict, rule, patches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldDecideScopeWhenFactsAreGiven(String name, ScopeVerdict expected, String rule, String[] patches) {
        Assessment a = TestProfiles.base().patch(patches).assess();
        assertThat(a.scope().verdict()).as(a.scope().summary()).isEqualTo(expected);
        if (rule != null) {
            assertThat(a.scope().reasons()).extracting(r -> r.trace().rule()).contains(rule);
        }
        if (expected == ScopeVerdict.UNDECIDED) {
            assertThat(a.openQuestions()).as("an undecided scope must come with a deciding question")
                    .anyMatch(Assessment.OpenQuestion::blocking);
        }
        if (expected == ScopeVerdict.OUT_OF_SCOPE) {
            assertThat(a.obligations()).isEmpty();
        }
    }
}
