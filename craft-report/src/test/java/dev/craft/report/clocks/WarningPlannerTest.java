package dev.craft.report.clocks;

import static dev.craft.report.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.assess.reporting.Art14Deadlines;
import dev.craft.assess.reporting.Art14Facts;
import dev.craft.assess.reporting.Art14Schedule;
import dev.craft.assess.reporting.ReportKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WarningPlannerTest {

    private static final Instant AWARE = t("2026-10-05T09:00:00Z");   // early warning due 10-06 09:00, notification 10-08 09:00
    private static final WarningPolicy POLICY = WarningPolicy.DEFAULT;

    private static Art14Schedule schedule(Instant asOf) {
        return Art14Deadlines.standard().compute(Art14Facts.of(ReportKind.VULNERABILITY, AWARE), asOf);
    }

    private static WarningPlan plan(Instant now, Set<WarningKey> recorded) {
        return WarningPlanner.plan("RC-1", "title", schedule(now), List.of(), POLICY, recorded, now);
    }

    private static WarningKey key(String deadline, long leadHours) {
        return new WarningKey("RC-1", deadline, Duration.ofHours(leadHours));
    }

    /** now, already recorded, expected to send, expected superseded. */
    static Stream<Arguments> cases() {
        return Stream.of(
                row("nothing due 13 h before the early warning", "2026-10-05T20:00:00Z", Set.of(), List.of(), List.of()),
                row("the 12 h warning at 12 h before", "2026-10-05T21:00:00Z", Set.of(), List.of(key("early_warning", 12)), List.of()),
                row("sent once: not again on the next run", "2026-10-05T21:05:00Z", Set.of(key("early_warning", 12)), List.of(), List.of()),
                row("down from 13 h to 3 h before: only the 4 h warning goes out, the 12 h one is superseded",
                        "2026-10-06T06:00:00Z", Set.of(), List.of(key("early_warning", 4)), List.of(key("early_warning", 12))),
                row("overdue supersedes the unsent lead-time warnings", "2026-10-06T09:30:00Z", Set.of(key("early_warning", 12)),
                        List.of(key("early_warning", 0)), List.of(key("early_warning", 4), key("early_warning", 1))),
                row("the overdue warning is sent once", "2026-10-06T10:00:00Z",
                        Set.of(key("early_warning", 12), key("early_warning", 4), key("early_warning", 1), key("early_warning", 0)),
                        List.of(), List.of()),
                row("at the due instant it is not yet overdue", "2026-10-06T09:00:00Z",
                        Set.of(key("early_warning", 12), key("early_warning", 4)), List.of(key("early_warning", 1)), List.of()),
                row("two deadlines at once", "2026-10-07T22:00:00Z",
                        Set.of(key("early_warning", 12), key("early_warning", 4), key("early_warning", 1)),
                        List.of(key("early_warning", 0), key("notification", 12)), List.of()));
    }

    private static Arguments row(String name, String now, Set<WarningKey> recorded, List<WarningKey> send, List<WarningKey> superseded) {
        return Arguments.argumentSet(name, t(now), recorded, send, superseded);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shouldSendEachWarningOnceAndOnlyTheMostUrgent(Instant now, Set<WarningKey> recorded, List<WarningKey> send,
                                                      List<WarningKey> superseded) {
        WarningPlan p = plan(now, recorded);
        assertThat(p.send()).extracting(DueWarning::key).containsExactlyInAnyOrderElementsOf(send);
        assertThat(p.superseded()).containsExactlyInAnyOrderElementsOf(superseded);
    }

    @Test
    void shouldGiveTheNextWakeUp() {
        assertThat(plan(t("2026-10-05T20:00:00Z"), Set.of()).nextWakeUp()).isEqualTo(t("2026-10-05T21:00:00Z"));
    }

    @Test
    void shouldNotWarnForSubmittedOrNotYetRunningReports() {
        var facts = Art14Facts.of(ReportKind.VULNERABILITY, AWARE).withEarlyWarningSubmitted(t("2026-10-05T10:00:00Z"))
                .withNotificationSubmitted(t("2026-10-05T11:00:00Z"));
        Instant later = t("2026-12-01T00:00:00Z");
        var p = WarningPlanner.plan("RC-1", "t", Art14Deadlines.standard().compute(facts, later), List.of(), POLICY, Set.of(), later);
        assertThat(p.send()).isEmpty();
        assertThat(p.nextWakeUp()).isNull();
    }

    @Test
    void shouldWriteTheMicroSmallNoteIntoTheEarlyWarningMessage() {
        var facts = Art14Facts.of(ReportKind.VULNERABILITY, AWARE).withEnterpriseSize(dev.craft.assess.reporting.EnterpriseSize.MICRO);
        Instant now = t("2026-10-05T21:00:00Z");
        var p = WarningPlanner.plan("RC-1", "t", Art14Deadlines.standard().compute(facts, now), List.of(), POLICY, Set.of(), now);
        assertThat(p.send()).singleElement().satisfies(w -> {
            assertThat(w.subject()).isEqualTo("[craft] early warning for case RC-1 due 2026-10-06T09:00:00Z (12 h 0 min left)");
            assertThat(w.body()).contains("Art 64(10)(a)").contains("Art 14(2)(a)");
        });
    }

    @Test
    void shouldWarnForACsirtDateOnAnIntermediateReport() {
        var req = new dev.craft.report.cases.IntermediateReport("1", AWARE, "CERT-Bund", null, t("2026-10-10T12:00:00Z"), null, null);
        Instant now = t("2026-10-10T11:30:00Z");
        var p = WarningPlanner.plan("RC-1", "t", schedule(now), List.of(req), POLICY, Set.of(), now);
        assertThat(p.send()).extracting(DueWarning::key).contains(new WarningKey("RC-1", "intermediate-1", Duration.ofHours(1)));
    }

    @Test
    void shouldParseLeadTimes() {
        assertThat(WarningPolicy.parse("1h, 12h,PT30M").leadTimes())
                .containsExactly(Duration.ofHours(12), Duration.ofHours(1), Duration.ofMinutes(30));
        assertThatThrownBy(() -> WarningPolicy.parse("soon")).hasMessageContaining("not a duration: 'soon'");
        assertThatThrownBy(() -> WarningPolicy.parse("1h,60m")).hasMessageContaining("distinct");
    }

    /**
     * Whatever the times the job runs at (a server that is up, down, restarted), no warning is sent twice, and once a
     * deadline has passed its overdue warning has gone out exactly once.
     */
    @Property(tries = 300)
    void shouldNeverSendAWarningTwiceWhateverTheRunTimes(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 600) Integer> gapsMinutes) {
        Instant now = AWARE;
        Set<WarningKey> recorded = new HashSet<>();
        List<WarningKey> sent = new ArrayList<>();
        for (int gap : gapsMinutes) {
            now = now.plus(Duration.ofMinutes(gap * 10L));
            WarningPlan p = plan(now, recorded);
            for (DueWarning w : p.send()) {
                sent.add(w.key());
                recorded.add(w.key());
            }
            recorded.addAll(p.superseded());
        }
        assertThat(sent).doesNotHaveDuplicates();
        if (now.isAfter(t("2026-10-06T09:00:00Z"))) assertThat(sent).containsOnlyOnce(key("early_warning", 0));
    }
}
