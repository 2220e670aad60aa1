package dev.craft.report.cases;

import static dev.craft.assess.reporting.ReportStage.EARLY_WARNING;
import static dev.craft.assess.reporting.ReportStage.FINAL_REPORT;
import static dev.craft.assess.reporting.ReportStage.NOTIFICATION;
import static dev.craft.report.Fixtures.incident;
import static dev.craft.report.Fixtures.incidentAssessment;
import static dev.craft.report.Fixtures.manufacturer;
import static dev.craft.report.Fixtures.release;
import static dev.craft.report.Fixtures.t;
import static dev.craft.report.Fixtures.vulnerability;
import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.reporting.EnterpriseSize;
import dev.craft.assess.reporting.ReportStage;
import dev.craft.assess.reporting.StageState;
import dev.craft.report.CaseReviewer;
import dev.craft.report.Fixtures;
import dev.craft.report.json.CaseJson;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Art 14 clocks of real cases, through the case actions that move them. */
class CaseClocksTest {

    private static final CaseReviewer REVIEWER = CaseReviewer.standard();
    private static final Instant AWARE = t("2026-10-05T09:00:00Z");
    private static final Operator MAKER = manufacturer(EnterpriseSize.LARGE);

    private static ReportingCase vuln() {
        return vulnerability(AWARE, ExploitationAssessment.Verdict.ACTIVELY_EXPLOITED, MAKER,
                List.of(release("1.0", LocalDate.of(2025, 1, 1), null)));
    }

    private static ReportingCase inc() {
        return incident(AWARE, incidentAssessment(true, true, false), MAKER);
    }

    private static Submission filed(ReportStage stage, String at) {
        return new Submission(stage, t(at), Submission.Channel.SINGLE_REPORTING_PLATFORM, "SRP-" + stage.ordinal(), null, "psirt",
                t(at), null, null);
    }

    private static UnaryOperator<ReportingCase> submit(ReportStage stage, String at) {
        return c -> CaseActions.recordSubmission(c, filed(stage, at), t("2027-12-31T00:00:00Z")).after();
    }

    private static UnaryOperator<ReportingCase> fix(String at) {
        return c -> CaseActions.recordCorrectiveMeasure(c, new CorrectiveMeasure(t(at), CorrectiveMeasure.Kind.SECURITY_UPDATE,
                "release 1.1", "https://maker.example/sa-1", "1.1"), "psirt", t("2027-12-31T00:00:00Z")).after();
    }

    /** Case, the actions applied, as-of, stage, expected due (null = none) and state. */
    static Stream<Arguments> cases() {
        return Stream.of(
                row("vulnerability early warning: 24 h from awareness", vuln(), c -> c, "2026-10-05T10:00:00Z",
                        EARLY_WARNING, "2026-10-06T09:00:00Z", StageState.OPEN),
                row("incident notification: 72 h from awareness", inc(), c -> c, "2026-10-05T10:00:00Z",
                        NOTIFICATION, "2026-10-08T09:00:00Z", StageState.OPEN),
                row("vulnerability final report: not due while no corrective measure exists", vuln(), submit(NOTIFICATION, "2026-10-06T08:00:00Z"),
                        "2026-12-01T00:00:00Z", FINAL_REPORT, null, StageState.NOT_YET_DUE),
                row("vulnerability final report: 14 days after the fix became available", vuln(), fix("2026-10-20T15:00:00Z"),
                        "2026-10-21T00:00:00Z", FINAL_REPORT, "2026-11-03T15:00:00Z", StageState.OPEN),
                row("vulnerability final report: the earliest of several measures starts it",
                        vuln(), c -> fix("2026-10-20T15:00:00Z").apply(fix("2026-10-10T08:00:00Z").apply(c)),
                        "2026-10-21T00:00:00Z", FINAL_REPORT, "2026-10-24T08:00:00Z", StageState.OPEN),
                row("incident final report: not due before the notification is submitted", inc(), c -> c,
                        "2026-12-01T00:00:00Z", FINAL_REPORT, null, StageState.NOT_YET_DUE),
                row("incident final report: one month after the actual (late) notification, not after awareness",
                        inc(), submit(NOTIFICATION, "2026-10-09T17:00:00Z"), "2026-10-10T00:00:00Z",
                        FINAL_REPORT, "2026-11-09T17:00:00Z", StageState.OPEN),
                row("incident: the late notification is recorded as late", inc(), submit(NOTIFICATION, "2026-10-09T17:00:00Z"),
                        "2026-10-10T00:00:00Z", NOTIFICATION, "2026-10-08T09:00:00Z", StageState.SUBMITTED_LATE),
                row("incident final report across a month end: 31 January + 1 month = 28 February",
                        incident(t("2027-01-29T08:00:00Z"), incidentAssessment(true, true, null), MAKER),
                        submit(NOTIFICATION, "2027-01-31T08:00:00Z"), "2027-02-01T00:00:00Z",
                        FINAL_REPORT, "2027-02-28T08:00:00Z", StageState.OPEN),
                row("incident notification already provided in the early warning: final report runs from it",
                        inc(), c -> CaseActions.recordSubmission(submit(EARLY_WARNING, "2026-10-05T20:00:00Z").apply(c),
                                new Submission(NOTIFICATION, t("2026-10-05T20:00:00Z"), Submission.Channel.SINGLE_REPORTING_PLATFORM, null, null,
                                        "psirt", t("2026-10-06T08:00:00Z"), EARLY_WARNING, null), t("2026-10-06T08:00:00Z")).after(),
                        "2026-10-06T09:00:00Z", FINAL_REPORT, "2026-11-05T20:00:00Z", StageState.OPEN),
                row("an overdue early warning", vuln(), c -> c, "2026-10-06T09:00:01Z", EARLY_WARNING, "2026-10-06T09:00:00Z",
                        StageState.OVERDUE),
                row("a notification within 24 h covers the early warning", vuln(), submit(NOTIFICATION, "2026-10-05T20:00:00Z"),
                        "2026-10-06T10:00:00Z", EARLY_WARNING, "2026-10-06T09:00:00Z", StageState.SUBMITTED));
    }

    private static Arguments row(String name, ReportingCase c, UnaryOperator<ReportingCase> actions, String asOf, ReportStage stage,
                                 String due, StageState state) {
        return Arguments.argumentSet(name, c, actions, t(asOf), stage, due == null ? null : t(due), state);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shouldRunTheClocksFromTheRecordedFacts(ReportingCase c, UnaryOperator<ReportingCase> actions, Instant asOf,
                                                ReportStage stage, Instant due, StageState state) {
        var clock = REVIEWER.review(actions.apply(c), asOf).schedule().stage(stage);
        assertThat(clock.due()).isEqualTo(due);
        assertThat(clock.state()).isEqualTo(state);
    }

    @Test
    void shouldFlagTheReadingWhenTheNotificationWasProvidedWithTheEarlyWarning() {
        var c = submit(EARLY_WARNING, "2026-10-05T20:00:00Z").apply(inc());
        c = CaseActions.recordSubmission(c, new Submission(NOTIFICATION, t("2026-10-07T00:00:00Z"), Submission.Channel.OTHER, null, null,
                "psirt", t("2026-10-06T08:00:00Z"), EARLY_WARNING, null), t("2026-10-06T08:00:00Z")).after();
        assertThat(c.submission(NOTIFICATION).orElseThrow().submittedAt()).isEqualTo(t("2026-10-05T20:00:00Z"));
        assertThat(REVIEWER.review(c, t("2026-10-06T09:00:00Z")).notes())
                .anySatisfy(n -> assertThat(n).contains("Open point").contains("early warning"));
    }

    @Test
    void shouldShowTheMicroSmallExemptionOnlyOnTheEarlyWarning() {
        var c = vulnerability(AWARE, ExploitationAssessment.Verdict.ACTIVELY_EXPLOITED, manufacturer(EnterpriseSize.SMALL), List.of());
        var s = REVIEWER.review(c, AWARE).schedule();
        assertThat(s.stage(EARLY_WARNING).notes()).anySatisfy(n -> assertThat(n).contains("Art 64(10)(a)"));
        assertThat(s.stage(NOTIFICATION).notes()).noneSatisfy(n -> assertThat(n).contains("Art 64(10)(a)"));
        assertThat(s.stage(FINAL_REPORT).notes()).noneSatisfy(n -> assertThat(n).contains("Art 64(10)(a)"));
    }

    @Test
    void shouldRecomputeTheSameClocksAfterARestartFromTheStoredCase() {
        // A restart loses nothing: the stored JSON holds the facts, the clocks are recomputed from them.
        var running = submit(EARLY_WARNING, "2026-10-03T08:00:00Z").apply(Fixtures.aurora());
        Instant midClock = t("2026-10-04T12:00:00Z");
        var before = REVIEWER.review(running, midClock).schedule();
        var restored = CaseJson.read("stored", new ByteArrayInputStream(CaseJson.write(running)));
        var after = CaseReviewer.standard().review(restored, midClock).schedule();
        assertThat(restored).isEqualTo(running);
        assertThat(after).isEqualTo(before);
        assertThat(after.stage(NOTIFICATION).due()).isEqualTo(t("2026-10-05T22:15:00Z"));
    }
}
