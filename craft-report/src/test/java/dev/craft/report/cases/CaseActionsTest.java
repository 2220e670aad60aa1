package dev.craft.report.cases;

import static dev.craft.assess.reporting.ReportStage.EARLY_WARNING;
import static dev.craft.assess.reporting.ReportStage.FINAL_REPORT;
import static dev.craft.assess.reporting.ReportStage.NOTIFICATION;
import static dev.craft.report.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.assess.reporting.ReportStage;
import dev.craft.report.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseActionsTest {

    private static final Instant NOW = t("2026-10-03T10:00:00Z");
    private final ReportingCase aurora = Fixtures.aurora();

    private static Submission sub(ReportStage stage, String at) {
        return new Submission(stage, t(at), Submission.Channel.SINGLE_REPORTING_PLATFORM, "REF", null, "lena.berg", NOW, null, null);
    }

    @Test
    void shouldKeepTheEarlierAwarenessWhenItIsRevised() {
        var next = new Awareness(t("2026-10-02T22:00:00Z"), "cso", "SOC ticket shows certainty at 22:00", false);
        var change = CaseActions.reviseAwareness(aurora, next, "cso", "the SOC ticket predates the assessment", NOW);
        assertThat(change.after().awareness()).isEqualTo(next);
        assertThat(change.after().awarenessHistory()).hasSize(2).last()
                .satisfies(r -> assertThat(r.replaced()).isEqualTo(aurora.awareness()));
        assertThat(change.action()).isEqualTo("awareness.revise");
        assertThat(change.detail()).contains("moved from 2026-10-02T22:15:00Z to 2026-10-02T22:00:00Z");
    }

    @Test
    void shouldRefuseAnAwarenessChangeWithoutAReason() {
        var next = new Awareness(t("2026-10-02T22:00:00Z"), "cso", "x", false);
        assertThatThrownBy(() -> CaseActions.reviseAwareness(aurora, next, "cso", " ", NOW))
                .isInstanceOf(CaseActionException.class).hasMessageContaining("$.awareness").hasMessageContaining("reason");
    }

    @Test
    void shouldRefuseAFutureAwareness() {
        var next = new Awareness(NOW.plusSeconds(3600), "cso", "x", false);
        assertThatThrownBy(() -> CaseActions.reviseAwareness(aurora, next, "cso", "typo", NOW)).hasMessageContaining("in the future");
    }

    @Test
    void shouldRecordEachStageOnceAsAConflict() {
        var c = CaseActions.recordSubmission(aurora, sub(EARLY_WARNING, "2026-10-03T08:00:00Z"), NOW).after();
        assertThatThrownBy(() -> CaseActions.recordSubmission(c, sub(EARLY_WARNING, "2026-10-03T09:00:00Z"), NOW))
                .isInstanceOfSatisfying(CaseActionException.class, e -> assertThat(e.kind()).isEqualTo(CaseActionException.Kind.CONFLICT))
                .hasMessageContaining("already recorded");
    }

    @Test
    void shouldRefuseASubmissionBeforeAwareness() {
        assertThatThrownBy(() -> CaseActions.recordSubmission(aurora, sub(EARLY_WARNING, "2026-10-02T22:00:00Z"), NOW))
                .hasMessageContaining("before awareness");
    }

    @Test
    void shouldRefuseASubmissionInTheFuture() {
        assertThatThrownBy(() -> CaseActions.recordSubmission(aurora, sub(EARLY_WARNING, "2026-10-03T12:00:00Z"), NOW))
                .hasMessageContaining("in the future");
    }

    @Test
    void shouldTakeTheTimeOfTheSubmissionThatAlreadyProvidedTheInformation() {
        var c = CaseActions.recordSubmission(aurora, sub(EARLY_WARNING, "2026-10-03T08:00:00Z"), NOW).after();
        var covered = new Submission(NOTIFICATION, NOW, Submission.Channel.OTHER, null, null, "lena.berg", NOW, EARLY_WARNING, "all in the EW");
        var s = CaseActions.recordSubmission(c, covered, NOW).after().submission(NOTIFICATION).orElseThrow();
        assertThat(s.submittedAt()).isEqualTo(t("2026-10-03T08:00:00Z"));
        assertThat(s.reference()).isEqualTo("REF");
        assertThat(s.providedWith()).isEqualTo(EARLY_WARNING);
    }

    @Test
    void shouldRefuseProvidedWithALaterOrUnfiledStage() {
        var later = new Submission(NOTIFICATION, NOW, Submission.Channel.OTHER, null, null, "x", NOW, FINAL_REPORT, null);
        assertThatThrownBy(() -> CaseActions.recordSubmission(aurora, later, NOW)).hasMessageContaining("earlier stage");
        var unfiled = new Submission(NOTIFICATION, NOW, Submission.Channel.OTHER, null, null, "x", NOW, EARLY_WARNING, null);
        assertThatThrownBy(() -> CaseActions.recordSubmission(aurora, unfiled, NOW)).hasMessageContaining("not recorded as submitted");
    }

    @Test
    void shouldRequireAProposedCaseToBeConfirmedBeforeFiling() {
        var proposed = aurora.toBuilder().status(CaseStatus.PROPOSED).build();
        assertThatThrownBy(() -> CaseActions.recordSubmission(proposed, sub(EARLY_WARNING, "2026-10-03T08:00:00Z"), NOW))
                .hasMessageContaining("confirmed first");
        var open = CaseActions.confirm(proposed, "lena.berg", NOW).after();
        assertThat(open.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void shouldFreezeADismissedCase() {
        var dismissed = CaseActions.dismiss(aurora, "lena.berg", "good-faith research only", NOW).after();
        assertThat(dismissed.closure().reason()).isEqualTo("good-faith research only");
        assertThatThrownBy(() -> CaseActions.updateContent(dismissed, ReportContent.EMPTY, "x")).hasMessageContaining("DISMISSED");
    }

    @Test
    void shouldRequireEvidenceForAnActivelyExploitedVerdict() {
        var decision = new ExploitationAssessment(ExploitationAssessment.Verdict.ACTIVELY_EXPLOITED, List.of(), "x", NOW, "sure");
        assertThatThrownBy(() -> CaseActions.decideExploitation(aurora, decision, "x")).hasMessageContaining("Art 3(42)");
    }

    @Test
    void shouldNumberIntermediateReportsAndNoticeRevisions() {
        var c = CaseActions.requestIntermediate(aurora, NOW, "CERT-Bund", "CB-1", t("2026-10-05T12:00:00Z"), "lena").after();
        c = CaseActions.requestIntermediate(c, NOW, "CERT-Bund", "CB-2", null, "lena").after();
        assertThat(c.intermediateReports()).extracting(IntermediateReport::id).containsExactly("1", "2");
        c = CaseActions.writeIntermediate(c, "1", "Fix in QA", "lena").after();
        c = CaseActions.fileIntermediate(c, "1", new IntermediateReport.Filing(NOW, Submission.Channel.EMAIL, "M-1", null, "lena", NOW), NOW).after();
        assertThat(c.intermediateReports().get(0).submission()).isNotNull();
        c = CaseActions.recordNotice(c, NoticeRecord.Audience.IMPACTED_USERS, "e-mail", null, "Initial notice", "lena", NOW, NOW).after();
        c = CaseActions.recordNotice(c, NoticeRecord.Audience.ALL_USERS, "web", "https://x.example", "Fix released", "lena", NOW, NOW).after();
        assertThat(c.notices()).extracting(NoticeRecord::revision).containsExactly(1, 2);
    }

    @Test
    void shouldMakeASecurityUpdateTheFixedVersionOfTheProductsUnfixedReleases() {
        var m = new CorrectiveMeasure(NOW, CorrectiveMeasure.Kind.SECURITY_UPDATE, "3.2.1", null, "3.2.1");
        var c = CaseActions.recordCorrectiveMeasure(aurora, m, "lena", NOW).after();
        assertThat(c.releases()).extracting(AffectedRelease::fixedVersion).containsExactly("3.2.1", "3.2.1");
        var other = new AffectedRelease("cam-app", "Aurora App", "1.0", null, null, null, null, null, false, null);
        var two = aurora.toBuilder().releases(List.of(aurora.releases().get(0), other)).build();
        assertThatThrownBy(() -> CaseActions.recordCorrectiveMeasure(two, m, "lena", NOW))
                .hasMessageContaining("which one does 3.2.1 fix").hasMessageContaining("cam-app");
        var forApp = new CorrectiveMeasure(NOW, CorrectiveMeasure.Kind.SECURITY_UPDATE, "app 1.1", null, "1.1", "cam-app");
        assertThat(CaseActions.recordCorrectiveMeasure(two, forApp, "lena", NOW).after().releases())
                .extracting(AffectedRelease::fixedVersion).containsExactly("3.2.1", "1.1");
    }

    @Test
    void shouldOpenAProposedCaseFromAKevSignalWithAProvisionalAwareness() {
        var signal = new Signal.KevListing("CVE-2022-22965", "2026.10.02", java.time.LocalDate.of(2022, 4, 4), false, "VMware",
                "Spring Framework", List.of("F-1"), "alert-7", t("2026-10-02T21:40:00Z"));
        var change = CaseOpening.fromExploitedFindings("RC-2026-0009", signal, aurora.findings(), aurora.releases(), aurora.operator(), true);
        var c = change.after();
        assertThat(c.status()).isEqualTo(CaseStatus.PROPOSED);
        assertThat(c.awareness().provisional()).isTrue();
        assertThat(c.awareness().at()).isEqualTo(signal.receivedAt());
        assertThat(c.exploitation().verdict()).isEqualTo(ExploitationAssessment.Verdict.PENDING);
        assertThat(c.exploitation().evidence()).singleElement().satisfies(e -> assertThat(e.source()).isEqualTo(Evidence.EvidenceSource.KEV));
        assertThat(c.title()).isEqualTo("CVE-2022-22965 exploited, in Aurora Cloud Gateway 3.2.0, Aurora Cloud Gateway 2.9.4");
    }
}
