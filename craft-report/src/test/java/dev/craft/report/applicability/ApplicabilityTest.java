package dev.craft.report.applicability;

import static dev.craft.report.Fixtures.incident;
import static dev.craft.report.Fixtures.incidentAssessment;
import static dev.craft.report.Fixtures.manufacturer;
import static dev.craft.report.Fixtures.release;
import static dev.craft.report.Fixtures.t;
import static dev.craft.report.Fixtures.vulnerability;
import static dev.craft.report.applicability.ApplicabilityResult.Verdict.NOT_A_FILER;
import static dev.craft.report.applicability.ApplicabilityResult.Verdict.NOT_REPORTABLE;
import static dev.craft.report.applicability.ApplicabilityResult.Verdict.REPORTABLE;
import static dev.craft.report.applicability.ApplicabilityResult.Verdict.UNDETERMINED;
import static dev.craft.report.cases.ExploitationAssessment.Verdict.ACTIVELY_EXPLOITED;
import static dev.craft.report.cases.ExploitationAssessment.Verdict.GOOD_FAITH_RESEARCH_ONLY;
import static dev.craft.report.cases.ExploitationAssessment.Verdict.NOT_EXPLOITABLE_IN_PRODUCT;
import static dev.craft.report.cases.ExploitationAssessment.Verdict.NOT_EXPLOITED_IN_PRODUCT;
import static dev.craft.report.cases.ExploitationAssessment.Verdict.NO_RELIABLE_EVIDENCE;
import static dev.craft.report.cases.ExploitationAssessment.Verdict.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.reporting.EnterpriseSize;
import dev.craft.report.CaseReviewer;
import dev.craft.report.applicability.ApplicabilityResult.Reason;
import dev.craft.report.cases.ExploitationAssessment;
import dev.craft.report.cases.Operator;
import dev.craft.report.cases.ReportingCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicabilityTest {

    private static final CaseReviewer REVIEWER = CaseReviewer.standard();
    private static final Instant AWARE = t("2026-10-05T09:00:00Z");
    private static final Operator MAKER = manufacturer(EnterpriseSize.LARGE);
    private static final List<dev.craft.report.cases.AffectedRelease> NEW_RELEASE =
            List.of(release("2.0", LocalDate.of(2028, 3, 1), LocalDate.of(2033, 3, 1)));

    private static ReportingCase vuln(ExploitationAssessment.Verdict v) {
        return vulnerability(AWARE, v, MAKER, NEW_RELEASE);
    }

    private static Operator role(Operator.Role role, boolean art21, Boolean involved, Boolean infra) {
        return new Operator("Op", role, art21, EnterpriseSize.LARGE, null, null, role == Operator.Role.AUTHORISED_REPRESENTATIVE
                ? "Maker Inc." : null, involved, infra, MAKER.routing());
    }

    /** Case, expected verdict, the rule that must be among the reasons, and its citation fragment. */
    static Stream<Arguments> cases() {
        return Stream.of(
                row("vulnerability: reliable evidence of malicious exploitation is reportable (Art 14(1))",
                        vuln(ACTIVELY_EXPLOITED), REPORTABLE, "actively-exploited", "Art 3(42)"),
                row("vulnerability: undecided exploitation leaves it undetermined, naming the decision to make",
                        vuln(PENDING), UNDETERMINED, "exploitation-pending", "Art 3(42)"),
                row("vulnerability: actively exploited without recorded evidence is undetermined",
                        vulnerability(AWARE, PENDING, MAKER, NEW_RELEASE).toBuilder()
                                .exploitation(new ExploitationAssessment(ACTIVELY_EXPLOITED, List.of(), "psirt", AWARE, "gut")).build(),
                        UNDETERMINED, "exploitation-evidence-missing", "Art 3(42)"),
                row("vulnerability: a good-faith researcher's finding is not reportable (Rec 68)",
                        vuln(GOOD_FAITH_RESEARCH_ONLY), NOT_REPORTABLE, "good-faith-research", "Rec 68"),
                row("vulnerability: no reliable evidence of exploitation by a malicious actor",
                        vuln(NO_RELIABLE_EVIDENCE), NOT_REPORTABLE, "no-reliable-evidence", "Art 3(42)"),
                row("third-party component not exploitable in the product is not reportable (FAQ 5.4)",
                        vuln(NOT_EXPLOITABLE_IN_PRODUCT), NOT_REPORTABLE, "not-exploitable-in-product", "FAQ 5.4"),
                row("exploitable but not exploited in the product: excluded by the Guidance, flagged as open",
                        vuln(NOT_EXPLOITED_IN_PRODUCT), NOT_REPORTABLE, "exploited-where", "Guidance pt 218"),
                row("awareness before 11 September 2026 is not reportable (no retroactive reporting)",
                        vulnerability(t("2026-09-01T12:00:00Z"), ACTIVELY_EXPLOITED, MAKER, NEW_RELEASE), NOT_REPORTABLE,
                        "not-retroactive", "Guidance pt 217"),
                row("awareness at 20:30Z on 10 September 2026 is already 11 September in Réunion: reportable",
                        vulnerability(t("2026-09-10T20:30:00Z"), ACTIVELY_EXPLOITED, MAKER, NEW_RELEASE), REPORTABLE,
                        "applies", "Art 71(2)"),
                row("an importer does not file Art 14 reports: it informs the manufacturer (Art 19(5))",
                        vuln(ACTIVELY_EXPLOITED).toBuilder().operator(role(Operator.Role.IMPORTER, false, null, null)).build(),
                        NOT_A_FILER, "importer-distributor", "Art 19(5)"),
                row("a distributor does not file Art 14 reports either (Art 20(4))",
                        vuln(ACTIVELY_EXPLOITED).toBuilder().operator(role(Operator.Role.DISTRIBUTOR, false, null, null)).build(),
                        NOT_A_FILER, "importer-distributor", "Art 20(4)"),
                row("a distributor selling under its own name is treated as the manufacturer (Art 21)",
                        vuln(ACTIVELY_EXPLOITED).toBuilder().operator(role(Operator.Role.DISTRIBUTOR, true, null, null)).build(),
                        REPORTABLE, "treated-as-manufacturer", "Art 21"),
                row("an authorised representative may file on the manufacturer's behalf",
                        vuln(ACTIVELY_EXPLOITED).toBuilder().operator(role(Operator.Role.AUTHORISED_REPRESENTATIVE, false, null, null)).build(),
                        REPORTABLE, "authorised-representative", "Art 18"),
                row("a steward involved in development reports exploited vulnerabilities (Art 24(3))",
                        vuln(ACTIVELY_EXPLOITED).toBuilder().operator(role(Operator.Role.OPEN_SOURCE_STEWARD, false, true, null)).build(),
                        REPORTABLE, "steward-start-date", "Art 24(3)"),
                row("a steward not involved in development does not",
                        vuln(ACTIVELY_EXPLOITED).toBuilder().operator(role(Operator.Role.OPEN_SOURCE_STEWARD, false, false, null)).build(),
                        NOT_REPORTABLE, "steward-not-involved", "Art 24(3)"),
                row("a steward whose involvement is not recorded: undetermined",
                        vuln(ACTIVELY_EXPLOITED).toBuilder().operator(role(Operator.Role.OPEN_SOURCE_STEWARD, false, null, null)).build(),
                        UNDETERMINED, "steward-fact-missing", "Art 24(3)"),
                row("stewards are never fined (Art 64(10)(b))",
                        vuln(ACTIVELY_EXPLOITED).toBuilder().operator(role(Operator.Role.OPEN_SOURCE_STEWARD, false, true, null)).build(),
                        REPORTABLE, "steward-no-fines", "Art 64(10)(b)"),
                row("a steward's incident on its development infrastructure is reportable",
                        incident(AWARE, incidentAssessment(true, true, null), role(Operator.Role.OPEN_SOURCE_STEWARD, false, null, true)),
                        REPORTABLE, "steward-incident", "Art 24(3)"),
                row("incident: sensitive or important data or functions make it severe (Art 14(5)(a))",
                        incident(AWARE, incidentAssessment(true, true, false), MAKER), REPORTABLE, "severe-incident-a", "Art 14(5)(a)"),
                row("incident: malicious code makes it severe (Art 14(5)(b))",
                        incident(AWARE, incidentAssessment(null, false, true), MAKER), REPORTABLE, "severe-incident-b", "Art 14(5)(b)"),
                row("incident: neither criterion met is not severe",
                        incident(AWARE, incidentAssessment(true, false, false), MAKER), NOT_REPORTABLE, "not-severe", "Art 14(5)"),
                row("incident: no impact on the product's security is out of Art 14(3)",
                        incident(AWARE, incidentAssessment(false, true, true), MAKER), NOT_REPORTABLE, "incident-no-product-impact", "Art 3(44)"),
                row("incident: an unassessed criterion leaves it undetermined",
                        incident(AWARE, incidentAssessment(true, null, false), MAKER), UNDETERMINED, "incident-facts-missing", "Art 14(5)"),
                row("incident: no assessment at all",
                        incident(AWARE, null, MAKER), UNDETERMINED, "incident-facts-missing", "Art 14(5)"),
                row("legacy product placed on the market in 2025 is included (Art 69(3))",
                        vulnerability(AWARE, ACTIVELY_EXPLOITED, MAKER, List.of(release("1.0", LocalDate.of(2025, 5, 20), null))),
                        REPORTABLE, "legacy-product", "Art 69(3)"),
                row("legacy product: Annex I Part II handling duties do not apply (Guidance pt 210)",
                        vulnerability(AWARE, ACTIVELY_EXPLOITED, MAKER, List.of(release("1.0", LocalDate.of(2025, 5, 20), null))),
                        REPORTABLE, "legacy-no-handling", "Guidance pt 210"),
                row("a product past its support period is still reported (Guidance pt 210)",
                        vulnerability(AWARE, ACTIVELY_EXPLOITED, MAKER,
                                List.of(release("0.9", LocalDate.of(2019, 1, 1), LocalDate.of(2026, 6, 30)))),
                        REPORTABLE, "past-support", "Guidance pt 210"),
                row("Art 14 sits in the highest fine tier (Art 64(2))",
                        vuln(ACTIVELY_EXPLOITED), REPORTABLE, "fines-tier", "Art 64(2)"),
                row("a micro enterprise is told only the early warning is exempt from fines (Art 64(10)(a))",
                        vulnerability(AWARE, ACTIVELY_EXPLOITED, manufacturer(EnterpriseSize.MICRO), NEW_RELEASE), REPORTABLE,
                        "micro-small-exemption", "Art 64(10)(a)"));
    }

    private static Arguments row(String name, ReportingCase c, ApplicabilityResult.Verdict v, String rule, String cite) {
        return Arguments.argumentSet(name, c, v, rule, cite);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shouldDecideReportabilityWithACitedReason(ReportingCase c, ApplicabilityResult.Verdict verdict, String rule, String cite) {
        ApplicabilityResult r = REVIEWER.review(c, AWARE.plusSeconds(60)).applicability();
        assertThat(r.verdict()).isEqualTo(verdict);
        assertThat(r.reasons()).filteredOn(x -> x.ruleId().equals(rule)).first()
                .satisfies(x -> assertThat(x.cite()).contains(cite));
        if (verdict == UNDETERMINED) assertThat(r.missingFacts()).isNotEmpty();
        if (verdict == NOT_REPORTABLE) assertThat(r.reasons()).extracting(Reason::ruleId).contains("voluntary");
    }

    @org.junit.jupiter.api.Test
    void shouldNotMentionTheExemptionForAMediumEnterprise() {
        var r = REVIEWER.review(vulnerability(AWARE, ACTIVELY_EXPLOITED, manufacturer(EnterpriseSize.MEDIUM), NEW_RELEASE), AWARE).applicability();
        assertThat(r.reasons()).extracting(Reason::ruleId).doesNotContain("micro-small-exemption");
    }

    @org.junit.jupiter.api.Test
    void shouldNotCallAProductPlacedAfterGeneralApplicationLegacy() {
        var r = REVIEWER.review(vuln(ACTIVELY_EXPLOITED), AWARE).applicability();
        assertThat(r.reasons()).extracting(Reason::ruleId).doesNotContain("legacy-product", "legacy-no-handling", "past-support");
    }

    @org.junit.jupiter.api.Test
    void shouldAskToConfirmAProvisionalAwareness() {
        var c = vuln(ACTIVELY_EXPLOITED);
        c = c.toBuilder().awareness(new dev.craft.report.cases.Awareness(AWARE, "craft", "provisional: KEV", true)).build();
        var r = REVIEWER.review(c, AWARE).applicability();
        assertThat(r.reasons()).filteredOn(x -> x.kind() == Reason.Kind.ACTION).singleElement()
                .satisfies(x -> assertThat(x.cite()).isEqualTo("Guidance pts 211 to 215"));
        assertThat(r.verdict()).isEqualTo(REPORTABLE);
    }
}
