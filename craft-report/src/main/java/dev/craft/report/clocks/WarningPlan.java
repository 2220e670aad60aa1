package dev.craft.report.clocks;

import java.time.Instant;
import java.util.List;

/**
 * What the warning job must do now.
 *
 * @param send        warnings to send now, each once
 * @param superseded  warnings whose time passed while a more urgent one is due (record them as not needed, do not send)
 * @param nextWakeUp  the next instant a warning falls due; null when none will
 */
public record WarningPlan(List<DueWarning> send, List<WarningKey> superseded, Instant nextWakeUp) {
    public WarningPlan {
        send = List.copyOf(send);
        superseded = List.copyOf(superseded);
    }
}
