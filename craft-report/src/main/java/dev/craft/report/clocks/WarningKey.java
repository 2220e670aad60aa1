package dev.craft.report.clocks;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Identifies one warning so it is sent exactly once: (case, deadline, lead time). The server stores the keys of
 * sent warnings; after a restart the planner recomputes the same keys from the case and skips the stored ones.
 *
 * @param caseId   the case
 * @param deadline {@code early_warning}, {@code notification}, {@code final_report} or {@code intermediate-N}
 * @param lead     how long before the deadline; {@link Duration#ZERO} is the overdue warning
 */
public record WarningKey(String caseId, String deadline, Duration lead) {

    public WarningKey {
        requireNonNull(caseId, "caseId must not be null");
        requireNonNull(deadline, "deadline must not be null");
        requireNonNull(lead, "lead must not be null");
        if (lead.isNegative()) throw new IllegalArgumentException("lead must not be negative");
    }

    public boolean overdue() {
        return lead.isZero();
    }
}
