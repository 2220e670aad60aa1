package dev.craft.assess.reporting;

import static dev.craft.assess.reporting.ReportKind.INCIDENT;
import static dev.craft.assess.reporting.ReportKind.VULNERABILITY;
import static dev.craft.assess.reporting.ReportStage.EARLY_WARNING;
import static dev.craft.assess.reporting.ReportStage.FINAL_REPORT;
import static dev.craft.assess.reporting.ReportStage.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Art14DeadlinesTest {

    private static final Art14Deadlines DEADLINES = Art14Deadlines.standard();

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    /** One row: facts, as-of, stage, expected due (null = none), expected state. */
    static Stream<Arguments> dueTimes() {
        Art14Facts vuln = Art14Facts.of(VULNERABILITY, t("2026-10-01T10:00:00Z"));
        Art14Facts inc = Art14Facts.of(INCIDENT, t("2026-10-01T10:00:00Z"));
        return Stream.of(
                row("vulnerability: early warning 24 h after awareness", vuln, "2026-10-01T12:00:00Z",
                        EARLY_WARNING, "2026-10-02T10:00:00Z", StageState.OPEN),
                row("vulnerability: notification 72 h after awareness", vuln, "2026-10-01T12:00:00Z",
                        NOTIFICATION, "2026-10-04T10:00:00Z", StageState.OPEN),
                row("vulnerability: final report not yet due without a fix", vuln, "2026-12-31T00:00:00Z",
                        FINAL_REPORT, null, StageState.NOT_YET_DUE),
                row("vulnerability: final report 14 days after the fix, not after awareness",
                        vuln.withCorrectiveMeasureAvailable(t("2026-10-20T08:00:00Z")), "2026-10-21T00:00:00Z",
                        FINAL_REPORT, "2026-11-03T08:00:00Z", StageState.OPEN),
                row("incident: early warning 24 h after awareness", inc, "2026-10-01T10:00:00Z",
                        EARLY_WARNING, "2026-10-02T10:00:00Z", StageState.OPEN),
                row("incident: final report not yet due before the notification is submitted", inc,
                        "2027-03-01T00:00:00Z", FINAL_REPORT, null, StageState.NOT_YET_DUE),
                row("incident: final report one month after the actual (late) notification",
                        inc.withNotificationSubmitted(t("2026-10-10T00:00:00Z")), "2026-10-11T00:00:00Z",
                        FINAL_REPORT, "2026-11-10T00:00:00Z", StageState.OPEN),
                row("incident: a late notification is recorded as late",
                        inc.withNotificationSubmitted(t("2026-10-10T00:00:00Z")), "2026-10-11T00:00:00Z",
                        NOTIFICATION, "2026-10-04T10:00:00Z", StageState.SUBMITTED_LATE),
                row("incident: 31 January + one month ends on 28 February (2027, not leap)",
                        Art14Facts.of(INCIDENT, t("2027-01-29T10:00:00Z")).withNotificationSubmitted(t("2027-01-31T10:00:00Z")),
                        "2027-02-01T00:00:00Z", FINAL_REPORT, "2027-02-28T10:00:00Z", StageState.OPEN),
                row("incident: 31 January + one month ends on 29 February in a leap year",
                        Art14Facts.of(INCIDENT, t("2028-01-30T10:00:00Z")).withNotificationSubmitted(t("2028-01-31T10:00:00Z")),
                        "2028-02-01T00:00:00Z", FINAL_REPORT, "2028-02-29T10:00:00Z", StageState.OPEN),
                row("incident: 29 February + one month ends on 29 March",
                        Art14Facts.of(INCIDENT, t("2028-02-27T10:00:00Z")).withNotificationSubmitted(t("2028-02-29T10:00:00Z")),
                        "2028-03-01T00:00:00Z", FINAL_REPORT, "2028-03-29T10:00:00Z", StageState.OPEN),
                row("incident: 31 March + one month ends on 30 April",
                        Art14Facts.of(INCIDENT, t("2027-03-29T23:00:00Z")).withNotificationSubmitted(t("2027-03-31T23:59:00Z")),
                        "2027-04-01T00:00:00Z", FINAL_REPORT, "2027-04-30T23:59:00Z", StageState.OPEN),
                row("vulnerability: 14 days across the end of February of a leap year",
                        Art14Facts.of(VULNERABILITY, t("2028-02-20T00:00:00Z")).withCorrectiveMeasureAvailable(t("2028-02-20T12:00:00Z")),
                        "2028-02-21T00:00:00Z", FINAL_REPORT, "2028-03-05T12:00:00Z", StageState.OPEN),
                row("72 h across the year end", Art14Facts.of(VULNERABILITY, t("2026-12-31T23:30:00Z")),
                        "2027-01-01T00:00:00Z", NOTIFICATION, "2027-01-03T23:30:00Z", StageState.OPEN),
                row("24 h over the end of summer time stays 24 elapsed hours (UTC only)",
                        Art14Facts.of(VULNERABILITY, t("2026-10-24T12:00:00Z")), "2026-10-24T13:00:00Z",
                        EARLY_WARNING, "2026-10-25T12:00:00Z", StageState.OPEN),
                row("an unsent early warning past its due time is overdue", vuln, "2026-10-02T10:00:01Z",
                        EARLY_WARNING, "2026-10-02T10:00:00Z", StageState.OVERDUE),
                row("at exactly the due instant a report is still open", vuln, "2026-10-02T10:00:00Z",
                        EARLY_WARNING, "2026-10-02T10:00:00Z", StageState.OPEN),
                row("a report submitted at exactly the due instant is on time",
                        vuln.withEarlyWarningSubmitted(t("2026-10-02T10:00:00Z")), "2026-10-03T00:00:00Z",
                        EARLY_WARNING, "2026-10-02T10:00:00Z", StageState.SUBMITTED),
                row("a report submitted one second late is late",
                        vuln.withEarlyWarningSubmitted(t("2026-10-02T10:00:01Z")), "2026-10-03T00:00:00Z",
                        EARLY_WARNING, "2026-10-02T10:00:00Z", StageState.SUBMITTED_LATE),
                row("a notification submitted within 24 h also covers the early warning",
                        vuln.withNotificationSubmitted(t("2026-10-02T06:00:00Z")), "2026-10-03T00:00:00Z",
                        EARLY_WARNING, "2026-10-02T10:00:00Z", StageState.SUBMITTED),
                row("a notification submitted after 24 h does not cover the missed early warning",
                        vuln.withNotificationSubmitted(t("2026-10-03T06:00:00Z")), "2026-10-03T07:00:00Z",
                        EARLY_WARNING, "2026-10-02T10:00:00Z", StageState.OVERDUE),
                row("a fix available before awareness: the final report counts from awareness",
                        vuln.withCorrectiveMeasureAvailable(t("2026-06-01T00:00:00Z")), "2026-10-02T00:00:00Z",
                        FINAL_REPORT, "2026-10-15T10:00:00Z", StageState.OPEN),
                row("awareness before 11 September 2026 anywhere in the Union is not reportable",
                        Art14Facts.of(VULNERABILITY, t("2026-09-10T19:59:59Z")), "2026-09-12T00:00:00Z",
                        EARLY_WARNING, null, StageState.NOT_REPORTABLE),
                row("awareness on the application day in Réunion (UTC+4, part of the Union) is reportable",
                        Art14Facts.of(VULNERABILITY, t("2026-09-10T20:00:00Z")), "2026-09-10T22:00:00Z",
                        EARLY_WARNING, "2026-09-11T20:00:00Z", StageState.OPEN),
                row("awareness on the application day in UTC+3 (Cyprus, Finland, Greece summer time) is reportable",
                        Art14Facts.of(VULNERABILITY, t("2026-09-10T21:00:00Z")), "2026-09-10T22:00:00Z",
                        EARLY_WARNING, "2026-09-11T21:00:00Z", StageState.OPEN),
                row("awareness at 00:00 UTC on 11 September 2026 is reportable",
                        Art14Facts.of(INCIDENT, t("2026-09-11T00:00:00Z")), "2026-09-11T01:00:00Z",
                        NOTIFICATION, "2026-09-14T00:00:00Z", StageState.OPEN));
    }

    private static Arguments row(String name, Art14Facts facts, String asOf, ReportStage stage, String due, StageState state) {
        return Arguments.argumentSet(name, facts, t(asOf), stage, due == null ? null : t(due), state);
    }

    @ParameterizedTest
    @MethodSource("dueTimes")
    void shouldComputeDueTimeAndState(Art14Facts facts, Instant asOf, ReportStage stage, Instant due, StageState state) {
        StageClock clock = DEADLINES.compute(facts, asOf).stage(stage);
        assertThat(clock.due()).isEqualTo(due);
        assertThat(clock.state()).isEqualTo(state);
    }

    @Nested
    class Notes {
        @Test
        void shouldExplainWhyTheVulnerabilityFinalReportIsNotYetDue() {
            var clock = DEADLINES.compute(Art14Facts.of(VULNERABILITY, t("2026-10-01T10:00:00Z")), t("2026-10-02T00:00:00Z"))
                    .stage(FINAL_REPORT);
            assertThat(clock.cite()).isEqualTo("Art 14(2)(c)");
            assertThat(clock.notes()).anySatisfy(n -> assertThat(n).contains("corrective or mitigating measure"));
        }

        @Test
        void shouldSayTheIncidentFinalReportRunsFromTheActualSubmission() {
            var clock = DEADLINES.compute(Art14Facts.of(INCIDENT, t("2026-10-01T10:00:00Z")), t("2026-10-02T00:00:00Z"))
                    .stage(FINAL_REPORT);
            assertThat(clock.cite()).isEqualTo("Art 14(4)(c)");
            assertThat(clock.notes()).anySatisfy(n -> assertThat(n).contains("actual submission of the 72 h notification"));
        }

        @Test
        void shouldFlagTheMonthEndReading() {
            var clock = DEADLINES.compute(Art14Facts.of(INCIDENT, t("2027-01-29T10:00:00Z"))
                    .withNotificationSubmitted(t("2027-01-31T10:00:00Z")), t("2027-02-01T00:00:00Z")).stage(FINAL_REPORT);
            assertThat(clock.notes()).anySatisfy(n -> assertThat(n).contains("Open point").contains("month"));
        }

        @Test
        void shouldNotFlagTheMonthEndWhenTheDayExists() {
            var clock = DEADLINES.compute(Art14Facts.of(INCIDENT, t("2027-01-10T10:00:00Z"))
                    .withNotificationSubmitted(t("2027-01-12T10:00:00Z")), t("2027-01-13T00:00:00Z")).stage(FINAL_REPORT);
            assertThat(clock.notes()).noneSatisfy(n -> assertThat(n).contains("month"));
        }

        @Test
        void shouldFlagTheReadingWhenTheFixPredatesAwareness() {
            var clock = DEADLINES.compute(Art14Facts.of(VULNERABILITY, t("2026-10-01T10:00:00Z"))
                    .withCorrectiveMeasureAvailable(t("2026-06-01T00:00:00Z")), t("2026-10-02T00:00:00Z")).stage(FINAL_REPORT);
            assertThat(clock.clockStart()).isEqualTo(t("2026-10-01T10:00:00Z"));
            assertThat(clock.notes()).anySatisfy(n -> assertThat(n).contains("Open point").contains("predates awareness"));
        }

        @Test
        void shouldFlagTheTimeZoneWindowOfTheApplicationDay() {
            var schedule = DEADLINES.compute(Art14Facts.of(VULNERABILITY, t("2026-09-10T22:30:00Z")), t("2026-09-11T00:00:00Z"));
            assertThat(schedule.reportable()).isTrue();
            assertThat(schedule.notes()).anySatisfy(n -> assertThat(n).contains("time zone"));
        }

        @Test
        void shouldCiteTheNoRetroactiveReportingGuidanceWhenNotReportable() {
            var schedule = DEADLINES.compute(Art14Facts.of(INCIDENT, t("2026-08-01T00:00:00Z")), t("2026-09-20T00:00:00Z"));
            assertThat(schedule.reportable()).isFalse();
            assertThat(schedule.notes()).singleElement().asString().contains("Guidance pt 217").contains("Art 71(2)");
            assertThat(schedule.stages()).allSatisfy(c -> assertThat(c.state()).isEqualTo(StageState.NOT_REPORTABLE));
            assertThat(schedule.nextDue()).isNull();
        }

        @Test
        void shouldExemptMicroAndSmallEnterprisesOnlyFromTheEarlyWarningFine() {
            var schedule = DEADLINES.compute(Art14Facts.of(VULNERABILITY, t("2026-10-01T10:00:00Z"))
                    .withEnterpriseSize(EnterpriseSize.SMALL), t("2026-10-01T11:00:00Z"));
            assertThat(schedule.stage(EARLY_WARNING).notes()).anySatisfy(n -> assertThat(n).contains("Art 64(10)(a)"));
            assertThat(schedule.stage(NOTIFICATION).notes()).noneSatisfy(n -> assertThat(n).contains("Art 64(10)(a)"));
            var medium = DEADLINES.compute(Art14Facts.of(VULNERABILITY, t("2026-10-01T10:00:00Z"))
                    .withEnterpriseSize(EnterpriseSize.MEDIUM), t("2026-10-01T11:00:00Z"));
            assertThat(medium.stage(EARLY_WARNING).notes()).noneSatisfy(n -> assertThat(n).contains("Art 64(10)(a)"));
        }

        @Test
        void shouldReportRemainingTimeNegativeWhenOverdue() {
            var clock = DEADLINES.compute(Art14Facts.of(VULNERABILITY, t("2026-10-01T10:00:00Z")), t("2026-10-02T12:00:00Z"))
                    .stage(EARLY_WARNING);
            assertThat(clock.remaining()).isEqualTo(Duration.ofHours(-2));
        }

        @Test
        void shouldGiveTheEarliestOpenDueTimeAsNextDue() {
            var schedule = DEADLINES.compute(Art14Facts.of(VULNERABILITY, t("2026-10-01T10:00:00Z"))
                    .withEarlyWarningSubmitted(t("2026-10-01T20:00:00Z")), t("2026-10-02T00:00:00Z"));
            assertThat(schedule.nextDue()).isEqualTo(t("2026-10-04T10:00:00Z"));
        }
    }
}
