package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.kb.FindingRule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Support periods (Art 13(8)) and retention arithmetic (Art 13(9), 13(13), 13(18), 19(6), 23(2)). */
class SupportAndRetentionTest {

    static Stream<Arguments> supportCases() {
        return Stream.of(
                Arguments.of("5 years, expected use 5: fine", 60, 5.0, null),
                Arguments.of("4 years, expected use 8: below the five-year minimum", 48, 8.0, "finding.support_period_below_minimum"),
                Arguments.of("3 years, expected use 3: allowed exception (Rec 60)", 36, 3.0, "finding.short_expected_use"),
                Arguments.of("2 years, expected use 3: below the expected use", 24, 3.0, "finding.support_period_below_minimum"),
                Arguments.of("18 months, expected use 1 year: allowed exception", 18, 1.0, "finding.short_expected_use"),
                Arguments.of("10 years, expected use 15: shorter than expected use", 120, 15.0, "finding.support_period_below_expected_use"),
                Arguments.of("4 years, expected use 4.5: below the expected use", 48, 4.5, "finding.support_period_below_minimum"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportCases")
    void shouldFlagSupportPeriodsTheLawDoesNotAllow(String name, int months, double expectedUse, String finding) {
        Assessment a = TestProfiles.base().set("support.period_months", months).set("support.expected_use_years", expectedUse).assess();
        List<String> ids = a.findings().stream().map(Assessment.Finding::id).toList();
        if (finding == null) assertThat(ids).noneMatch(id -> id.startsWith("finding.support") || id.startsWith("finding.short"));
        else assertThat(ids).contains(finding);
        if ("finding.support_period_below_minimum".equals(finding)) {
            assertThat(a.findings()).filteredOn(f -> f.id().equals(finding)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        }
    }

    @org.junit.jupiter.api.Test
    void shouldAskForTheExpectedUseWhenASupportPeriodUnderFiveYearsDependsOnIt() {
        Assessment a = TestProfiles.base().set("support.period_months", 36).set("support.expected_use_years", null).assess();
        assertThat(a.findings()).extracting(Assessment.Finding::id).doesNotContain("finding.support_period_below_minimum");
        assertThat(a.openQuestions()).anyMatch(q -> q.path().equals("$.support.expected_use_years"));
    }

    @org.junit.jupiter.api.Test
    void shouldWarnWhenNoSupportPeriodIsDeclared() {
        Assessment a = TestProfiles.base().set("support.period_months", null).assess();
        assertThat(a.findings()).extracting(Assessment.Finding::id).contains("finding.support_period_missing");
        assertThat(keyDate(a, "support.minimum_end")).isEqualTo(LocalDate.of(2033, 3, 1));
    }

    @ParameterizedTest(name = "placed {0}, support {1} months -> documentation kept until {2}")
    @CsvSource({
        "2028-03-01, 60,  2038-03-01",   // 10 years after placing is longer than the support period
        "2028-02-29, 60,  2038-02-28",   // 29 February + 10 years: 28 February (calendar years)
        "2028-03-01, 144, 2040-03-01",   // a 12-year support period is longer than 10 years
        "2030-01-31, 61,  2040-01-31"})
    void shouldKeepDocumentationTenYearsOrTheSupportPeriodWhicheverIsLonger(String placed, int months, String until) {
        Assessment a = TestProfiles.base().set("market.placed_on_market", placed).set("support.period_months", months)
                .set("support.expected_use_years", 12).assess(LocalDate.of(2030, 6, 1));
        LocalDate expected = LocalDate.parse(until);
        assertThat(keyDate(a, "retention.technical_documentation")).isEqualTo(expected);
        assertThat(keyDate(a, "retention.user_information")).isEqualTo(expected);
        assertThat(a.obligations()).filteredOn(o -> o.id().equals("mfr.documentation_retention")).singleElement()
                .satisfies(o -> assertThat(o.dueDate()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "update issued {0}, support ends {1} -> available until {2}")
    @CsvSource({
        "2029-05-15, 2033-03-01, 2039-05-15",   // 10 years from issue is longer
        "2028-04-01, 2040-03-01, 2040-03-01",   // the rest of the support period is longer
        "2032-02-29, 2033-03-01, 2042-02-28"})
    void shouldKeepEachSecurityUpdateAvailableTenYearsOrForTheRestOfTheSupportPeriod(String issued, String supportEnd, String until) {
        Assessment a = TestProfiles.base().set("support.period_months", null).set("support.period_end", supportEnd)
                .set("support.expected_use_years", 12).set("support.security_updates", List.of(Map.of("id", "1.0.1", "issued", issued))).assess();
        assertThat(keyDate(a, "retention.security_updates:1.0.1")).isEqualTo(LocalDate.parse(until));
    }

    @ParameterizedTest(name = "importer: declaration copy kept until {1} (Art 19(6))")
    @CsvSource({"2028-03-01, 2038-03-01", "2028-02-29, 2038-02-28"})
    void shouldComputeTheImportersRetention(String placed, String until) {
        Assessment a = TestProfiles.base().patch("supply_chain.activity=imports", "supply_chain.sold_under_own_name=false",
                "supply_chain.brand_owner.country=CN").set("market.placed_on_market", placed).assess();
        assertThat(keyDate(a, "retention.importer_declaration")).isEqualTo(LocalDate.parse(until));
    }

    @org.junit.jupiter.api.Test
    void shouldKeepSupplyChainRecordsTenYearsAfterEachSupply() {
        Assessment a = TestProfiles.base().patch("supply_chain.activity=distributes", "supply_chain.sold_under_own_name=false",
                "supply_chain.last_received=2028-02-29", "supply_chain.last_supplied=2028-05-31").assess();
        assertThat(keyDate(a, "retention.supply_chain_received")).isEqualTo(LocalDate.of(2038, 2, 28));
        assertThat(keyDate(a, "retention.supply_chain_supplied")).isEqualTo(LocalDate.of(2038, 5, 31));
    }

    @org.junit.jupiter.api.Test
    void shouldCountRetentionFromTheLastUnitPlaced() {
        Assessment a = TestProfiles.base().patch("market.last_unit_placed=2031-07-01").assess();
        assertThat(keyDate(a, "retention.technical_documentation")).isEqualTo(LocalDate.of(2041, 7, 1));
    }

    /** Retention never ends before ten years after placing, nor before the support period ends. */
    @Property(tries = 300)
    void retentionIsTheLaterOfTenYearsAndTheSupportEnd(
            @ForAll @DateRange(min = "2027-12-11", max = "2040-12-31") LocalDate placed, @ForAll @IntRange(min = 1, max = 300) int months) {
        var t = new Timeline(placed, placed, placed.plusMonths(months), (long) months, null, 60, placed.plusYears(5), placed);
        var rule = TestProfiles.KB.retention().rule("retention.technical_documentation");
        LocalDate until = t.retentionUntil(rule);
        assertThat(until).isAfterOrEqualTo(placed.plusYears(10)).isAfterOrEqualTo(placed.plusMonths(months));
        assertThat(until.equals(placed.plusYears(10)) || until.equals(placed.plusMonths(months))).isTrue();
    }

    static LocalDate keyDate(Assessment a, String id) {
        return a.keyDates().stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no key date " + id + " in " + a.keyDates().stream().map(Assessment.KeyDate::id).toList())).date();
    }
}
