package dev.craft.assess.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One report's clock.
 *
 * @param stage       which report
 * @param cite        the article that sets it
 * @param clockStarts the event that starts the clock ({@code awareness}, {@code corrective_measure_available},
 *                    {@code notification_submitted})
 * @param period      the period as written in the knowledge base ({@code PT24H}, {@code P14D}, {@code P1M})
 * @param clockStart  when the clock started; null while the starting event has not happened
 * @param due         when the report is due; null while the clock has not started
 * @param state       where the report stands at the as-of instant
 * @param submitted   when it was submitted (or the submission that covers it); null if not
 * @param remaining   time left until {@code due} at the as-of instant, negative when overdue; null when not running
 * @param content     what the report must hold at least
 * @param notes       explanations: why a clock has not started, exemptions, readings of open points
 */
public record StageClock(
        ReportStage stage,
        String cite,
        String clockStarts,
        String period,
        Instant clockStart,
        Instant due,
        StageState state,
        Instant submitted,
        Duration remaining,
        List<String> content,
        List<String> notes) {

    public StageClock {
        content = List.copyOf(content);
        notes = List.copyOf(notes);
    }
}
