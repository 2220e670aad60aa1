package dev.craft.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.cli.AssessTestCli;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CLI of the Art 14 clocks: timestamps with offsets to UTC, text and JSON output, states and exit codes. */
class DeadlinesCommandTest {

    static Stream<Arguments> clocks() {
        return Stream.of(
                // name, args, stage index, expected due, expected state
                row("offset converted to UTC: early warning 24 h later", 0, "2026-10-02T12:30:00Z", "OPEN",
                        "--awareness", "2026-10-01T14:30:00+02:00", "--as-of", "2026-10-01T13:00Z"),
                row("notification 72 h after awareness", 1, "2026-10-04T12:30:00Z", "OPEN",
                        "--awareness", "2026-10-01T14:30:00+02:00", "--as-of", "2026-10-01T13:00Z"),
                row("vulnerability final report not yet due without a fix", 2, null, "NOT_YET_DUE",
                        "--awareness", "2026-10-01T12:30Z", "--as-of", "2026-12-01T00:00Z"),
                row("vulnerability final report 14 days after the fix", 2, "2026-10-23T09:15:00Z", "OPEN",
                        "--awareness", "2026-10-01T12:30Z", "--fix-available", "2026-10-09T09:15Z", "--as-of", "2026-10-10T00:00Z"),
                row("incident final report one month after the notification was submitted, not after awareness", 2, "2026-11-03T17:00:00Z", "OPEN",
                        "--kind", "incident", "--awareness", "2026-10-01T08:00Z", "--notification-submitted", "2026-10-03T17:00Z",
                        "--as-of", "2026-10-04T00:00Z"),
                row("incident final report not yet due before the notification is submitted", 2, null, "NOT_YET_DUE",
                        "--kind", "incident", "--awareness", "2026-10-01T08:00Z", "--as-of", "2026-10-02T00:00Z"),
                row("incident notified on 31 January: final report at the end of February (month end)", 2, "2027-02-28T10:00:00Z", "OPEN",
                        "--kind", "incident", "--awareness", "2027-01-29T10:00Z", "--notification-submitted", "2027-01-31T10:00Z",
                        "--as-of", "2027-02-01T00:00Z"),
                row("leap year: notified on 31 January 2028, final report 29 February", 2, "2028-02-29T10:00:00Z", "OPEN",
                        "--kind", "incident", "--awareness", "2028-01-29T10:00Z", "--notification-submitted", "2028-01-31T10:00Z",
                        "--as-of", "2028-02-01T00:00Z"),
                row("24 h across the end of February in a leap year", 0, "2028-02-29T23:00:00Z", "OPEN",
                        "--awareness", "2028-02-28T23:00Z", "--as-of", "2028-02-29T00:00Z"),
                row("24 h across a daylight-saving change stays 24 elapsed hours", 0, "2026-10-25T22:30:00Z", "OPEN",
                        "--awareness", "2026-10-25T01:30:00+03:00", "--as-of", "2026-10-25T00:00Z"),
                row("early warning overdue", 0, "2026-10-02T12:30:00Z", "OVERDUE",
                        "--awareness", "2026-10-01T12:30Z", "--as-of", "2026-10-02T12:31Z"),
                row("early warning submitted in time", 0, "2026-10-02T12:30:00Z", "SUBMITTED",
                        "--awareness", "2026-10-01T12:30Z", "--early-warning-submitted", "2026-10-02T09:00Z", "--as-of", "2026-10-02T12:31Z"),
                row("awareness before Art 14 applies: not reportable", 0, null, "NOT_REPORTABLE",
                        "--awareness", "2026-09-01T12:00Z", "--as-of", "2026-09-02T00:00Z"));
    }

    private static Arguments row(String name, int stage, String due, String state, String... args) {
        return Arguments.of(name, stage, due, state, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clocks")
    void shouldComputeTheClocksInUtc(String name, int stage, String due, String state, String[] args) throws Exception {
        String[] all = Stream.concat(Stream.of("deadlines", "--format", "json"), Stream.of(args)).toArray(String[]::new);
        var r = AssessTestCli.run(all);
        JsonNode schedule = new ObjectMapper().readTree(r.out());
        boolean overdue = false;
        for (JsonNode c : schedule.path("stages")) overdue |= c.path("state").asText().equals("OVERDUE");
        assertThat(r.exitCode()).as("exit 1 exactly when a report is overdue; " + r.err()).isEqualTo(overdue ? 1 : 0);
        JsonNode clock = schedule.path("stages").get(stage);
        assertThat(clock.path("state").asText()).isEqualTo(state);
        if (due == null) assertThat(clock.has("due")).isFalse();
        else assertThat(clock.path("due").asText()).isEqualTo(due);
    }

    @Test
    void shouldPrintAReadableScheduleWithStates() {
        var r = AssessTestCli.run("deadlines", "--awareness", "2026-10-01T14:30:00+02:00", "--as-of", "2026-10-02T08:00Z", "--size", "small");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("actively exploited vulnerability").contains("Awareness: 2026-10-01T12:30:00Z")
                .contains("Early warning (Art 14(2)(a))").contains("due 2026-10-02T12:30:00Z").contains("OPEN").contains("4 h 30 min left")
                .contains("Final report (Art 14(2)(c))").contains("NOT_YET_DUE").contains("Art 64(10)(a)");
    }

    @Test
    void shouldRefuseTimesWithoutOffsetAndOtherBadOptionsWithExitTwo() {
        var r = AssessTestCli.run("deadlines", "--awareness", "2026-10-01T14:30", "--kind", "breach", "--size", "tiny");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("option --awareness").contains("add a UTC offset").contains("option --kind").contains("vulnerability, incident")
                .contains("option --size");
    }

    @Test
    void shouldRefuseAFixTimeForAnIncident() {
        var r = AssessTestCli.run("deadlines", "--kind", "incident", "--awareness", "2026-10-01T08:00Z", "--fix-available", "2026-10-02T08:00Z");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("applies to vulnerabilities only");
    }

    @Test
    void shouldRefuseASubmissionBeforeAwareness() {
        var r = AssessTestCli.run("deadlines", "--awareness", "2026-10-01T08:00Z", "--notification-submitted", "2026-09-30T08:00Z");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is before --awareness");
    }

    @Test
    void shouldRequireAwareness() {
        var r = AssessTestCli.run("deadlines");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--awareness");
    }
}
