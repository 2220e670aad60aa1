package dev.craft.report.clocks;

import dev.craft.assess.reporting.Art14Schedule;
import dev.craft.assess.reporting.StageClock;
import dev.craft.assess.reporting.StageState;
import dev.craft.report.cases.IntermediateReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which deadline warnings are due, from the recomputed schedule, the policy and the keys already recorded.
 * Pure: there are no timers to lose in a restart. A server that was down recomputes the plan on start and sends
 * what fell due meanwhile, once: only the most urgent warning per deadline (a 1 h warning supersedes an unsent 12 h
 * one; an overdue warning supersedes all).
 */
public final class WarningPlanner {

    private WarningPlanner() {}

    public static WarningPlan plan(String caseId, String caseTitle, Art14Schedule schedule,
                                   List<IntermediateReport> intermediates, WarningPolicy policy, Set<WarningKey> recorded,
                                   Instant now) {
        var send = new ArrayList<DueWarning>();
        var superseded = new ArrayList<WarningKey>();
        Instant[] next = {null};
        for (StageClock sc : schedule.stages()) {
            if (sc.due() == null || (sc.state() != StageState.OPEN && sc.state() != StageState.OVERDUE)) continue;
            deadline(caseId, caseTitle, sc.stage().kbStage(), sc.stage().label(), sc.cite(), sc.due(), sc.notes(),
                    policy, recorded, now, send, superseded, next);
        }
        for (IntermediateReport r : intermediates) {
            if (r.dueAt() == null || r.submission() != null) continue;
            deadline(caseId, caseTitle, "intermediate-" + r.id(), "intermediate report " + r.id(), "Art 14(6)", r.dueAt(),
                    List.of(), policy, recorded, now, send, superseded, next);
        }
        return new WarningPlan(send, superseded, next[0]);
    }

    private static void deadline(String caseId, String title, String deadline, String label, String cite, Instant due,
                                 List<String> notes, WarningPolicy policy, Set<WarningKey> recorded, Instant now,
                                 List<DueWarning> send, List<WarningKey> superseded, Instant[] next) {
        var fired = new ArrayList<WarningKey>();
        for (Duration lead : policy.leadTimes()) {
            Instant fireAt = due.minus(lead);
            if (!fireAt.isAfter(now)) fired.add(new WarningKey(caseId, deadline, lead));
            else next[0] = earlier(next[0], fireAt);
        }
        var overdueKey = new WarningKey(caseId, deadline, Duration.ZERO);
        if (now.isAfter(due)) {
            fired.add(overdueKey);
        } else {
            next[0] = earlier(next[0], due.plusMillis(1));
        }
        if (fired.isEmpty()) return;
        // The most urgent fired warning is the last one (leads are sorted longest first, overdue last).
        WarningKey urgent = fired.get(fired.size() - 1);
        for (WarningKey k : fired) {
            if (recorded.contains(k)) continue;
            if (k.equals(urgent)) {
                Instant fireAt = k.overdue() ? due : due.minus(k.lead());
                send.add(new DueWarning(k, title, label, cite, due, fireAt, Duration.between(now, due), notes));
            } else {
                superseded.add(k);
            }
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
