package dev.craft.report;

import static java.util.Objects.requireNonNull;

import dev.craft.assess.reporting.Art14Deadlines;
import dev.craft.assess.reporting.Art14Schedule;
import dev.craft.assess.reporting.ReportKind;
import dev.craft.assess.reporting.ReportStage;
import dev.craft.report.applicability.Applicability;
import dev.craft.report.cases.CaseFacts;
import dev.craft.report.cases.CsirtChoice;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.routing.CsirtRouter;
import dev.craft.report.routing.CsirtRouting;
import dev.craft.report.rules.CaseRules;
import dev.craft.report.rules.CaseRulesLoader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reviews a case at an instant: the one entry point the CLI and the server call. Pure and thread-safe. */
public final class CaseReviewer {

    private final Art14Deadlines deadlines;
    private final CaseRules rules;
    private final Applicability applicability;
    private final CsirtRouter router;

    public CaseReviewer(Art14Deadlines deadlines, CaseRules rules) {
        this.deadlines = requireNonNull(deadlines, "deadlines must not be null");
        this.rules = requireNonNull(rules, "rules must not be null");
        this.applicability = new Applicability(rules);
        this.router = new CsirtRouter(rules);
    }

    /** With the rules shipped in this build. */
    public static CaseReviewer standard() {
        return new CaseReviewer(Art14Deadlines.standard(), CaseRulesLoader.standard());
    }

    public CaseRules rules() {
        return rules;
    }

    public Art14Deadlines deadlines() {
        return deadlines;
    }

    public CaseReview review(ReportingCase c, Instant asOf) {
        Art14Schedule schedule = deadlines.compute(CaseFacts.of(c), asOf);
        CsirtRouting routing = router.route(c.operator().routing());
        var notes = new ArrayList<String>();
        if (c.kind() == ReportKind.INCIDENT && c.submission(ReportStage.NOTIFICATION)
                .map(s -> s.providedWith() != null).orElse(false)) {
            var u = deadlines.rules().unsettled("notification-in-early-warning");
            notes.add("Open point: " + u.question() + " craft's reading: " + u.craftReading());
        }
        return new CaseReview(c, asOf, schedule, applicability.assess(c, schedule), routing, recipient(c.csirtChoice(), routing),
                notes);
    }

    private Recipient recipient(CsirtChoice choice, CsirtRouting routing) {
        if (choice != null) {
            var notes = new ArrayList<String>();
            routing.decision().filter(ms -> ms != choice.memberState()).ifPresent(ms -> notes.add("The recorded choice ("
                    + choice.memberState().label() + ") differs from the Art 14(7) routing (" + ms.label() + "); check the facts."));
            return new Recipient(choice.memberState(), choice.csirtName(), "choice",
                    "chosen by " + choice.decidedBy() + ": " + choice.reason(), notes);
        }
        if (routing.memberState() != null) {
            return new Recipient(routing.memberState(), null, "art14(7)", routing.summary(), List.of());
        }
        var p = rules.openPoint(routing.tie().isPresent() ? "routing-tie" : "coordinator-csirt-names");
        return new Recipient(null, null, "undecided", routing.summary(),
                routing.tie().isPresent() ? List.of("Open point: " + p.question() + " " + p.craftFlags()) : List.of());
    }
}
