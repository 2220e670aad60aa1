package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.Assessment.RoleResult;
import dev.craft.assess.Assessment.RoleStatus;
import dev.craft.kb.Role;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Roles and role changes: Art 3(13) to (17), Art 3(14), Art 21, Art 22. */
class RoleRulesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                row("develops and sells under own name: manufacturer (Art 3(13))", "MANUFACTURER:role.manufacturer"),
                row("makes it for another brand: no role, the brand owner is the manufacturer", "",
                        "supply_chain.sold_under_own_name=false"),
                row("imports a non-EU brand: importer (Art 3(16))", "IMPORTER:role.importer",
                        "supply_chain.activity=imports", "supply_chain.sold_under_own_name=false", "supply_chain.brand_owner.country=CN"),
                row("imports an EU brand: distributor, not importer (Art 3(16), Art 3(17))", "DISTRIBUTOR:role.distributor",
                        "supply_chain.activity=imports", "supply_chain.sold_under_own_name=false", "supply_chain.brand_owner.country=FR"),
                row("importer outside the Union: no importer role (Art 3(16))", "",
                        "company.country=CH", "company.cybersecurity_decisions_in=null", "supply_chain.activity=imports",
                        "supply_chain.sold_under_own_name=false", "supply_chain.brand_owner.country=CN"),
                row("importer rebrands under own name: manufacturer (Art 21)", "MANUFACTURER:role.manufacturer.art21_own_name",
                        "supply_chain.activity=imports", "supply_chain.brand_owner.country=CN"),
                row("importer substantially modifies: manufacturer (Art 21)", "MANUFACTURER:role.manufacturer.art21_modification",
                        "supply_chain.activity=imports", "supply_chain.sold_under_own_name=false", "supply_chain.substantially_modifies=true",
                        "supply_chain.brand_owner.country=CN"),
                row("distributor resells unchanged: distributor (Art 3(17))", "DISTRIBUTOR:role.distributor",
                        "supply_chain.activity=distributes", "supply_chain.sold_under_own_name=false", "supply_chain.brand_owner.country=DE"),
                row("distributor private label: manufacturer (Art 21)", "MANUFACTURER:role.manufacturer.art21_own_name",
                        "supply_chain.activity=distributes", "supply_chain.brand_owner.country=DE"),
                row("distributor substantially modifies: manufacturer (Art 21)", "MANUFACTURER:role.manufacturer.art21_modification",
                        "supply_chain.activity=distributes", "supply_chain.sold_under_own_name=false", "supply_chain.substantially_modifies=true"),
                row("distributor, modification unknown: undecided", "DISTRIBUTOR?:role.distributor,MANUFACTURER?:role.manufacturer.art21_modification",
                        "supply_chain.activity=distributes", "supply_chain.sold_under_own_name=false", "supply_chain.substantially_modifies=null"),
                row("other person substantially modifying and supplying: manufacturer (Art 22)", "MANUFACTURER:role.manufacturer.art22",
                        "supply_chain.activity=modifies", "supply_chain.sold_under_own_name=false", "supply_chain.substantially_modifies=true",
                        "supply_chain.modification_affects_whole_product=true"),
                row("other person with a non-substantial change: no role", "",
                        "supply_chain.activity=modifies", "supply_chain.sold_under_own_name=false", "supply_chain.substantially_modifies=false"),
                row("open-source steward (Art 3(14))", "OPEN_SOURCE_STEWARD:role.open_source_steward",
                        "supply_chain.activity=stewards", "open_source.is_foss=true", "open_source.intended_for_commercial_activities=true",
                        "open_source.sustained_support=true", "commercial.price_charged=false", "company.not_for_profit_reinvesting=true"),
                row("natural person cannot be a steward (Art 3(14))", "",
                        "supply_chain.activity=stewards", "company.legal_form=natural_person", "open_source.is_foss=true",
                        "open_source.intended_for_commercial_activities=true", "open_source.sustained_support=true"),
                row("authorised representative with a written mandate (Art 3(15))", "AUTHORISED_REPRESENTATIVE:role.authorised_representative",
                        "supply_chain.activity=represents", "supply_chain.mandate_written=true"),
                row("representative without a written mandate: no role (Art 3(15))", "",
                        "supply_chain.activity=represents", "supply_chain.mandate_written=false"),
                row("contributor to FOSS: no role (Rec 18)", "", "supply_chain.activity=contributes"),
                row("activity unknown: roles undecided", "MANUFACTURER?:role.manufacturer,MANUFACTURER?:role.manufacturer.art21_own_name",
                        "supply_chain.activity=null"));
    }

    private static Arguments row(String name, String expected, String... patches) {
        return Arguments.of(name, expected, patches);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldGiveTheRoleTheFactsCallFor(String name, String expected, String[] patches) {
        Assessment a = TestProfiles.base().patch(patches).assess();
        List<RoleResult> held = a.roles().held();
        if (expected.isEmpty()) {
            assertThat(held).as("no role").isEmpty();
            assertThat(a.roles().notes()).as("a note explains why no role arises").isNotEmpty();
            return;
        }
        for (String spec : expected.split(",")) {
            String[] parts = spec.split(":");
            boolean undecided = parts[0].endsWith("?");
            Role role = Role.valueOf(parts[0].replace("?", ""));
            RoleResult r = held.stream().filter(x -> x.role() == role).findFirst().orElseThrow(() -> new AssertionError("no role " + role + " in " + held));
            assertThat(r.status()).isEqualTo(undecided ? RoleStatus.UNDECIDED : RoleStatus.HOLDS);
            assertThat(r.bases()).extracting(b -> b.trace().rule()).contains(parts[1]);
        }
    }

    @ParameterizedTest(name = "Art 22 modification affects the whole product = {0}")
    @org.junit.jupiter.params.provider.CsvSource({"true, entire product,whole product", "false, part of the product,part of the product"})
    void shouldScopeArt22ObligationsToThePartOrTheWhole(boolean whole, String ignored, String expectedText) {
        Assessment a = TestProfiles.base().patch("supply_chain.activity=modifies", "supply_chain.sold_under_own_name=false",
                "supply_chain.substantially_modifies=true").set("supply_chain.modification_affects_whole_product", whole).assess();
        RoleResult m = a.roles().held().get(0);
        assertThat(m.obligationsScope()).contains(expectedText);
        assertThat(a.obligations()).filteredOn(o -> o.id().equals("mfr.risk_assessment")).singleElement()
                .satisfies(o -> assertThat(o.note()).contains(expectedText));
    }
}
