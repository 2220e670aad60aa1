package dev.craft.assess.reporting;

import static java.util.Objects.requireNonNull;

import dev.craft.kb.reporting.Art14Rules;
import dev.craft.kb.reporting.Art14RulesLoader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the Art 14 clocks for one event. Pure: the same facts and as-of instant always give the same
 * schedule, which is what lets the server recompute clocks after a restart instead of storing timers.
 */
public final class Art14Deadlines {

    private static volatile Art14Deadlines standard;

    private final Art14Rules rules;

    public Art14Deadlines(Art14Rules rules) {
        this.rules = requireNonNull(rules, "rules must not be null");
    }

    /** The deadlines under the knowledge base shipped with this build. */
    public static Art14Deadlines standard() {
        Art14Deadlines s = standard;
        if (s == null) standard = s = new Art14Deadlines(Art14RulesLoader.standard());
        return s;
    }

    public Art14Rules rules() {
        return rules;
    }

    /** The three clocks for {@code facts}, with each report's state at {@code asOf}. */
    public Art14Schedule compute(Art14Facts facts, Instant asOf) {
        requireNonNull(facts, "facts must not be null");
        requireNonNull(asOf, "asOf must not be null");
        Art14Rules.Track track = rules.track(facts.kind().kbKind());
        var notes = new ArrayList<String>();

        Instant appliesUtc = rules.appliesFrom().atStartOfDay(ZoneOffset.UTC).toInstant();
        // The application day begins earliest at midnight in the Union's easternmost time zone (kb file).
        Instant appliesEarliest = rules.appliesFrom().atStartOfDay(rules.appliesFromEarliestOffset()).toInstant();
        boolean reportable = !facts.awareness().isBefore(appliesEarliest);
        if (!reportable) {
            notes.add("Not reportable: awareness at " + facts.awareness() + " is before Art 14 applies on "
                    + rules.appliesFrom() + " (" + rules.appliesFromCite() + "); exploitation or incidents known before "
                    + "that date need not be reported (" + rules.noRetroactiveCite() + ").");
        } else {
            notes.add("Art 14 applies since " + rules.appliesFrom() + " (" + rules.appliesFromCite()
                    + "), also to products placed on the market before 2027-12-11 (" + rules.legacyProductsCite() + ").");
            if (facts.awareness().isBefore(appliesUtc)) {
                notes.add(unsettledNote("application-time-zone"));
            }
            notes.add(unsettledNote("counting-rules"));
        }

        var stages = new ArrayList<StageClock>();
        for (ReportStage stage : ReportStage.values()) {
            Art14Rules.StageRule rule = track.stage(stage.kbStage());
            stages.add(reportable ? clock(stage, rule, facts, asOf) : notReportable(stage, rule));
        }
        return new Art14Schedule(facts.kind(), track.title(), track.triggerCite(), facts.awareness(), asOf, reportable,
                stages, notes, rules.version());
    }

    private StageClock clock(ReportStage stage, Art14Rules.StageRule rule, Art14Facts facts, Instant asOf) {
        var notes = new ArrayList<String>();
        Instant start = switch (rule.clockStarts()) {
            case "awareness" -> facts.awareness();
            case "corrective_measure_available" -> facts.correctiveMeasureAvailable();
            case "notification_submitted" -> facts.notificationSubmitted();
            default -> throw new IllegalStateException("unknown clock start " + rule.clockStarts());
        };
        if (start != null && start.isBefore(facts.awareness())) {
            notes.add("The corrective or mitigating measure (" + start + ") predates awareness. "
                    + unsettledNote("fix-before-awareness"));
            start = facts.awareness();
        }
        Instant due = start == null ? null : rule.period().addTo(start);
        if (start != null && rule.period().endsEarlyAtMonthEnd(start)) notes.add(unsettledNote("month-end"));

        Instant submitted = facts.submitted(stage);
        if (submitted == null) {
            Instant covering = coveringSubmission(stage, facts, due);
            if (covering != null) {
                submitted = covering;
                notes.add("Covered by a later report submitted at " + covering + ", before this one was due.");
            }
        }

        StageState state;
        if (submitted != null) {
            state = due == null || !submitted.isAfter(due) ? StageState.SUBMITTED : StageState.SUBMITTED_LATE;
        } else if (due == null) {
            state = StageState.NOT_YET_DUE;
            notes.add(notStartedReason(rule.clockStarts()));
        } else {
            state = asOf.isAfter(due) ? StageState.OVERDUE : StageState.OPEN;
        }
        Duration remaining = (submitted == null && due != null) ? Duration.between(asOf, due) : null;

        var exemption = rules.finesExemption();
        if (exemption.stage().equals(stage.kbStage())
                && exemption.enterpriseSizes().contains(facts.enterpriseSize().kbName())) {
            notes.add("As a " + facts.enterpriseSize().kbName() + " enterprise, no administrative fine applies for missing "
                    + "this 24-hour deadline (" + exemption.cite() + "); the notification and the final report are not exempted.");
        }
        return new StageClock(stage, rule.cite(), rule.clockStarts(), rule.period().iso(), start, due, state, submitted,
                remaining, rule.content(), notes);
    }

    /** A later stage submitted before this stage was due provides this stage's information too. */
    private static Instant coveringSubmission(ReportStage stage, Art14Facts facts, Instant due) {
        if (due == null) return null;
        Instant best = null;
        for (ReportStage later : ReportStage.values()) {
            if (later.ordinal() <= stage.ordinal()) continue;
            Instant t = facts.submitted(later);
            if (t != null && !t.isAfter(due) && (best == null || t.isBefore(best))) best = t;
        }
        return best;
    }

    private static String notStartedReason(String clockStarts) {
        return switch (clockStarts) {
            case "corrective_measure_available" ->
                    "Not yet due: the final report runs from the availability of a corrective or mitigating measure, and none is recorded.";
            case "notification_submitted" ->
                    "Not yet due: the final report runs from the actual submission of the 72 h notification, which is not recorded.";
            default -> "Not yet due: the event that starts this clock (" + clockStarts + ") has not happened.";
        };
    }

    private StageClock notReportable(ReportStage stage, Art14Rules.StageRule rule) {
        return new StageClock(stage, rule.cite(), rule.clockStarts(), rule.period().iso(), null, null,
                StageState.NOT_REPORTABLE, null, null, rule.content(), List.of());
    }

    private String unsettledNote(String id) {
        Art14Rules.Unsettled u = rules.unsettled(id);
        return "Open point: " + u.question() + " craft's reading: " + u.craftReading();
    }
}
