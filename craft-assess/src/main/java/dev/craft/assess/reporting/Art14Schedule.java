package dev.craft.assess.reporting;

import java.time.Instant;
import java.util.List;

/**
 * The three Art 14 clocks for one event, as of one instant.
 *
 * @param kind        vulnerability or incident
 * @param title       the track's name in the law's words
 * @param triggerCite the article that makes the event reportable
 * @param awareness   when the manufacturer became aware
 * @param asOf        the instant the states were computed for
 * @param reportable  false when awareness predates the application of Art 14
 * @param stages      early warning, notification, final report, in that order
 * @param notes       schedule-wide notes: applicability, and the open points of the law that affect these dates
 * @param kbVersion   the knowledge-base version the rules came from
 */
public record Art14Schedule(
        ReportKind kind,
        String title,
        String triggerCite,
        Instant awareness,
        Instant asOf,
        boolean reportable,
        List<StageClock> stages,
        List<String> notes,
        String kbVersion) {

    public Art14Schedule {
        stages = List.copyOf(stages);
        notes = List.copyOf(notes);
    }

    public StageClock stage(ReportStage stage) {
        return stages.get(stage.ordinal());
    }

    /** The earliest due time among stages that are open or overdue; null when none is. */
    public Instant nextDue() {
        Instant next = null;
        for (StageClock c : stages) {
            if ((c.state() == StageState.OPEN || c.state() == StageState.OVERDUE) && (next == null || c.due().isBefore(next))) {
                next = c.due();
            }
        }
        return next;
    }
}
