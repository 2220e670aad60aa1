package dev.craft.cli.report;

import dev.craft.assess.reporting.StageClock;
import dev.craft.assess.reporting.StageState;
import dev.craft.report.CaseReview;
import dev.craft.report.applicability.ApplicabilityResult;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.render.DraftMarkdown;
import dev.craft.report.routing.RoutingStep;
import java.io.PrintWriter;
import java.util.List;

/** A case's status for people: the clocks first, then why, where to, and what is missing. */
final class StatusText {

    private StatusText() {}

    static void print(CaseReview r, List<String> warnings, PrintWriter out) {
        ReportingCase c = r.reportingCase();
        out.println(c.id() + "  " + c.status() + "  " + c.kind().kbKind() + "  " + c.title());
        out.println("  awareness     " + c.awareness().at() + " (" + c.awareness().decidedBy()
                + (c.awareness().provisional() ? ", PROVISIONAL: confirm it" : "") + ")");
        out.println("  verdict       " + r.applicability().verdict());
        out.println("  reports to    " + r.recipient().describe());
        out.println("  as of         " + r.asOf());
        for (StageClock s : r.schedule().stages()) {
            out.printf("  %-14s%-14s%s%n", label(s), s.cite(), clock(s));
        }
        var missing = r.applicability().missingFacts();
        var exclusions = r.applicability().reasons().stream().filter(x -> x.kind() == ApplicabilityResult.Reason.Kind.EXCLUSION
                || x.kind() == ApplicabilityResult.Reason.Kind.ACTION || x.kind() == ApplicabilityResult.Reason.Kind.OPEN_POINT).toList();
        if (!missing.isEmpty() || !exclusions.isEmpty()) {
            out.println("  to decide:");
            for (var m : missing) out.println("    - " + m.text() + " (" + m.cite() + ")");
            for (var e : exclusions) out.println("    - " + e.text() + " (" + e.cite() + ")");
        }
        if (r.routing().memberState() == null) {
            out.println("  routing (Art 14(7)):");
            for (RoutingStep s : r.routing().steps()) {
                if (s.outcome() != RoutingStep.Outcome.NOT_APPLICABLE) out.println("    " + s.outcome() + "  " + s.question() + " " + s.facts());
            }
        }
        for (String n : r.schedule().stages().get(0).notes()) out.println("  note: " + n);
        for (String n : r.notes()) out.println("  note: " + n);
        if (!warnings.isEmpty()) {
            out.println("  warnings:");
            for (String w : warnings) out.println("    " + w);
        }
        out.flush();
    }

    private static String label(StageClock s) {
        return switch (s.stage()) {
            case EARLY_WARNING -> "early warning";
            case NOTIFICATION -> "notification";
            case FINAL_REPORT -> "final report";
        };
    }

    private static String clock(StageClock s) {
        return switch (s.state()) {
            case NOT_REPORTABLE -> "not reportable";
            case NOT_YET_DUE -> "not yet running (" + s.clockStarts().replace('_', ' ') + " not recorded)";
            case OPEN -> "due " + s.due() + "  OPEN, " + DraftMarkdown.remaining(s.remaining());
            case OVERDUE -> "due " + s.due() + "  OVERDUE, " + DraftMarkdown.remaining(s.remaining());
            case SUBMITTED -> "submitted " + s.submitted() + (s.due() == null ? "" : " (due " + s.due() + ")");
            case SUBMITTED_LATE -> "submitted LATE " + s.submitted() + " (due " + s.due() + ")";
        };
    }

    /** True when a report is overdue: {@code craft report status} then exits 1. */
    static boolean overdue(CaseReview r) {
        return r.schedule().stages().stream().anyMatch(s -> s.state() == StageState.OVERDUE);
    }
}
