package dev.craft.report.cases;

/** Where a case stands in its life. The report clocks have their own states ({@code StageState}). */
public enum CaseStatus {
    /** Opened automatically from a signal and waiting for a person to confirm it (configurable). */
    PROPOSED,
    /** Being handled: clocks run, drafts are prepared, submissions are recorded. */
    OPEN,
    /** Decided not to be reportable, with the reason recorded (for example good-faith research only). */
    DISMISSED,
    /** All reports filed and users informed; kept as the record. */
    CLOSED
}
