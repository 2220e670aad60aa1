package dev.craft.report.drafts;

import static dev.craft.assess.reporting.ReportStage.EARLY_WARNING;
import static dev.craft.assess.reporting.ReportStage.FINAL_REPORT;
import static dev.craft.assess.reporting.ReportStage.NOTIFICATION;
import static dev.craft.report.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.reporting.StageState;
import dev.craft.kb.reporting.Art14Rules;
import dev.craft.report.CaseReviewer;
import dev.craft.report.Fixtures;
import dev.craft.report.cases.CaseActions;
import dev.craft.report.cases.CorrectiveMeasure;
import dev.craft.report.cases.ReportingCase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DraftBuilderTest {

    private static final Instant NOW = t("2026-10-02T23:30:00Z");
    private final DraftBuilder drafts = new DraftBuilder(CaseReviewer.standard());
    private final ReportingCase aurora = Fixtures.aurora();

    @Test
    void shouldHaveAFillerForEveryContentItemTheKnowledgeBaseLists() {
        Art14Rules rules = CaseReviewer.standard().deadlines().rules();
        for (Art14Rules.Track track : rules.tracks()) {
            for (Art14Rules.StageRule stage : track.stages()) {
                for (Art14Rules.ContentItem item : stage.items()) {
                    assertThat(ContentFillers.FILLERS).as(track.kind() + "/" + stage.stage()).containsKey(item.id());
                }
            }
        }
    }

    @Test
    void shouldHoldEveryLegalItemOfTheStageInTheLawsOrder() {
        var d = drafts.draft(aurora, NOTIFICATION, NOW);
        assertThat(d.items()).extracting(DraftItem::id).endsWith("product_information", "exploit_and_vulnerability_nature",
                "corrective_measures_taken", "user_measures", "sensitivity");
        assertThat(d.cite()).isEqualTo("Art 14(2)(b)");
        assertThat(d.clock().due()).isEqualTo(t("2026-10-05T22:15:00Z"));
        assertThat(d.recipient()).startsWith("the CSIRT designated as coordinator of Germany (DE)");
    }

    @Test
    void shouldFillTheEarlyWarningsMemberStatesFromProductData() {
        var d = drafts.draft(aurora, EARLY_WARNING, NOW);
        DraftItem ms = item(d, "member_states");
        assertThat(ms.status()).isEqualTo(DraftItem.Status.FILLED);
        assertThat(ms.value()).isEqualTo("Austria (AT), France (FR), Germany (DE), Netherlands (NL), Poland (PL)");
        assertThat(ms.sources()).singleElement().asString().startsWith("product data:");
        assertThat(d.clock().due()).isEqualTo(t("2026-10-03T22:15:00Z"));
        assertThat(d.clock().state()).isEqualTo(StageState.OPEN);
        assertThat(d.missingRequired()).isEmpty();
    }

    @Test
    void shouldFlagTheFinalReportsMissingSecurityUpdateUntilOneIsRecorded() {
        var before = drafts.draft(aurora, FINAL_REPORT, NOW);
        assertThat(item(before, "security_update_details").status()).isEqualTo(DraftItem.Status.MISSING);
        assertThat(before.missingRequired()).contains("security_update_details", "vulnerability_description_severity_impact");
        assertThat(before.clock().due()).isNull();
        assertThat(before.clock().state()).isEqualTo(StageState.NOT_YET_DUE);

        var fixed = CaseActions.recordCorrectiveMeasure(aurora, new CorrectiveMeasure(t("2026-10-04T10:00:00Z"),
                CorrectiveMeasure.Kind.SECURITY_UPDATE, "Gateway 3.2.1 with Spring Framework 5.3.18",
                "https://aurora-cameras.example/security/ASA-2026-07", "3.2.1"), "lena.berg", t("2026-10-04T11:00:00Z")).after();
        var after = drafts.draft(fixed, FINAL_REPORT, t("2026-10-04T11:00:00Z"));
        assertThat(item(after, "security_update_details").value()).contains("Security update 3.2.1, available since 2026-10-04T10:00:00Z");
        assertThat(after.clock().due()).isEqualTo(t("2026-10-18T10:00:00Z"));
    }

    @Test
    void shouldPrefillSeverityFromTheFindingButAskForTheImpactInTheProduct() {
        DraftItem i = item(drafts.draft(aurora, FINAL_REPORT, NOW), "vulnerability_description_severity_impact");
        assertThat(i.status()).isEqualTo(DraftItem.Status.PARTIAL);
        assertThat(i.value()).contains("Severity: CRITICAL (CVSS 9.8, CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H)");
        assertThat(i.hint()).contains("impact in this product");
        assertThat(i.sources()).contains("finding F-1 (GHSA-36p3-wjmg-h94x)");
    }

    @Test
    void shouldRequireTheIncidentEarlyWarningToSayWhetherMaliciousActsAreSuspected() {
        var unsure = new dev.craft.report.cases.IncidentAssessment(true, true, null, null, java.util.List.of(), "psirt", null, null);
        var c = Fixtures.incident(t("2026-10-05T09:00:00Z"), unsure, Fixtures.manufacturer(dev.craft.assess.reporting.EnterpriseSize.LARGE));
        var d = drafts.draft(c, EARLY_WARNING, t("2026-10-05T10:00:00Z"));
        assertThat(d.missingRequired()).containsExactly("suspected_unlawful_or_malicious");
        assertThat(d.cite()).isEqualTo("Art 14(4)(a)");
    }

    @Test
    void shouldSayWhenTheDraftIsForAStageAlreadyFiled() {
        var c = CaseActions.recordSubmission(aurora, new dev.craft.report.cases.Submission(EARLY_WARNING, t("2026-10-02T23:00:00Z"),
                dev.craft.report.cases.Submission.Channel.SINGLE_REPORTING_PLATFORM, "SRP-1", null, "lena", NOW, null, null), NOW).after();
        var d = drafts.draft(c, NOTIFICATION, NOW);
        assertThat(item(d, "earlier_submissions").value()).isEqualTo("Early warning submitted 2026-10-02T23:00:00Z, reference SRP-1");
        assertThat(drafts.draft(c, EARLY_WARNING, NOW).notes().get(0)).startsWith("Already submitted at 2026-10-02T23:00:00Z");
    }

    @Test
    void shouldDraftAnIntermediateReportOnACsirtRequest() {
        var c = CaseActions.requestIntermediate(aurora, t("2026-10-06T09:00:00Z"), "CERT-Bund", "CB-2026-77",
                t("2026-10-08T12:00:00Z"), "lena").after();
        var d = drafts.intermediate(c, "1", t("2026-10-06T10:00:00Z"));
        assertThat(d.stage()).isEqualTo(DraftStage.INTERMEDIATE);
        assertThat(d.cite()).isEqualTo("Art 14(6)");
        assertThat(d.missingRequired()).containsExactly("status_update");
        assertThat(d.clock().due()).isEqualTo(t("2026-10-08T12:00:00Z"));
        assertThat(item(d, "csirt_request").value()).contains("CB-2026-77");
    }

    static DraftItem item(ReportDraft d, String id) {
        return d.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no item " + id));
    }
}
