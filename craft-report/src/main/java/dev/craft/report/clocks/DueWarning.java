package dev.craft.report.clocks;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A warning to send now.
 *
 * @param key       its identity (send once)
 * @param caseTitle the case's title
 * @param label     "early warning", "notification", "final report", "intermediate report 1"
 * @param cite      the article that sets the deadline
 * @param due       the deadline
 * @param fireAt    when the warning became due
 * @param remaining time left at planning (negative when overdue)
 * @param notes     notes to include (the Art 64(10)(a) exemption for micro and small enterprises)
 */
public record DueWarning(WarningKey key, String caseTitle, String label, String cite, Instant due, Instant fireAt,
                         Duration remaining, List<String> notes) {

    public DueWarning {
        requireNonNull(key, "key must not be null");
        notes = List.copyOf(notes);
    }

    /** A one-line subject. */
    public String subject() {
        return key.overdue()
                ? "[craft] OVERDUE: " + label + " for case " + key.caseId() + " was due " + due
                : "[craft] " + label + " for case " + key.caseId() + " due " + due + " (" + hours(remaining) + " left)";
    }

    /** The message body. */
    public String body() {
        var sb = new StringBuilder(subject()).append("\n\nCase: ").append(key.caseId()).append(" - ").append(caseTitle)
                .append("\nReport: ").append(label).append(" (").append(cite).append(")\nDue: ").append(due);
        if (key.overdue()) sb.append("\nState: overdue. File it as soon as possible and record the submission.");
        for (String n : notes) sb.append("\nNote: ").append(n);
        return sb.append('\n').toString();
    }

    static String hours(Duration d) {
        Duration a = d.abs();
        return (a.toDays() > 0 ? a.toDays() + " d " : "") + a.toHoursPart() + " h " + a.toMinutesPart() + " min";
    }
}
