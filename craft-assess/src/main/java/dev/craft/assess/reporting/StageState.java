package dev.craft.assess.reporting;

/** Where one report stands at the as-of instant. */
public enum StageState {
    /** Awareness predates the application of Art 14: nothing to report. */
    NOT_REPORTABLE,
    /** The event that starts this clock has not happened yet (no fix; 72 h notification not submitted). */
    NOT_YET_DUE,
    /** The clock runs and the report has not been submitted. */
    OPEN,
    /** The due time has passed and the report has not been submitted. */
    OVERDUE,
    /** Submitted no later than its due time (or covered by an earlier-submitted later report). */
    SUBMITTED,
    /** Submitted after its due time. */
    SUBMITTED_LATE
}
