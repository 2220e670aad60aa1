package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * When the manufacturer became aware (the start of the 24 h and 72 h clocks), who decided, and on what basis.
 * Awareness is the moment a prompt initial assessment gives a reasonable degree of certainty (Guidance pts 211 to
 * 215). It changes only through {@link CaseActions#reviseAwareness}, which keeps the earlier value.
 *
 * @param at          the instant of awareness
 * @param decidedBy   who decided (a person, or {@code craft} for a provisional value set from a signal)
 * @param basis       on what evidence or assessment
 * @param provisional true when set automatically from a signal and not yet confirmed by a person
 */
public record Awareness(Instant at, String decidedBy, String basis, boolean provisional) {

    public Awareness {
        requireNonNull(at, "at must not be null");
        requireNonNull(decidedBy, "decidedBy must not be null");
        requireNonNull(basis, "basis must not be null");
    }

    /**
     * An earlier awareness value and why it was replaced.
     *
     * @param replaced  the value before the change
     * @param changedAt when it was changed
     * @param changedBy who changed it
     * @param reason    why
     */
    public record Revision(Awareness replaced, Instant changedAt, String changedBy, String reason) {
        public Revision {
            requireNonNull(replaced, "replaced must not be null");
            requireNonNull(changedAt, "changedAt must not be null");
            requireNonNull(changedBy, "changedBy must not be null");
            requireNonNull(reason, "reason must not be null");
        }
    }
}
