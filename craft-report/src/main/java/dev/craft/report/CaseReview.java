package dev.craft.report;

import dev.craft.assess.reporting.Art14Schedule;
import dev.craft.report.applicability.ApplicabilityResult;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.routing.CsirtRouting;
import java.time.Instant;
import java.util.List;

/**
 * Everything craft can say about a case at one instant: its clocks, whether it is reportable and why, where the
 * reports go, and the notes a person should read. Recomputed from the case on every request, never stored, so a
 * restarted server gives the same answer.
 *
 * @param reportingCase the case
 * @param asOf          the instant of the review
 * @param schedule      the three Art 14 clocks (same rules as {@code craft deadlines})
 * @param applicability reportable or not, with reasons
 * @param routing       the Art 14(7) routing
 * @param recipient     where the reports go (routing or a person's choice)
 * @param notes         case-level notes (readings of open points that this case touches)
 */
public record CaseReview(ReportingCase reportingCase, Instant asOf, Art14Schedule schedule,
                         ApplicabilityResult applicability, CsirtRouting routing, Recipient recipient, List<String> notes) {

    public CaseReview {
        notes = List.copyOf(notes);
    }
}
