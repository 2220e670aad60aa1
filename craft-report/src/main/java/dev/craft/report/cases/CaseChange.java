package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

/**
 * The result of one action on a case, for the audit trail.
 *
 * @param before the case before; null when the action opened it
 * @param after  the case after
 * @param action a stable action name ({@code case.open}, {@code awareness.revise}, {@code stage.submit}, ...)
 * @param detail what changed, in words
 * @param actor  who did it
 */
public record CaseChange(ReportingCase before, ReportingCase after, String action, String detail, String actor) {
    public CaseChange {
        requireNonNull(after, "after must not be null");
        requireNonNull(action, "action must not be null");
        requireNonNull(detail, "detail must not be null");
        requireNonNull(actor, "actor must not be null");
    }
}
