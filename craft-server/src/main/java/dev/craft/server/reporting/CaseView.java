package dev.craft.server.reporting;

import dev.craft.assess.reporting.Art14Schedule;
import dev.craft.report.CaseReview;
import dev.craft.report.Recipient;
import dev.craft.report.applicability.ApplicabilityResult;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.routing.CsirtRouting;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A case as the API shows it: the stored facts ({@code case}), and what craft computes from them at {@code asOf}
 * (clocks, applicability, routing, recipient), plus the warnings that went out. Recomputed on every request.
 *
 * @param id            the case id
 * @param status        PROPOSED, OPEN, DISMISSED, CLOSED
 * @param asOf          when the clocks were computed
 * @param nextDue       the earliest open or overdue deadline; null when none runs
 * @param applicability REPORTABLE, NOT_REPORTABLE, UNDETERMINED or NOT_A_FILER, with every reason and citation
 * @param schedule      the three Art 14 clocks (same rules as {@code craft deadlines})
 * @param routing       the Art 14(7) routing, step by step
 * @param recipient     where the reports go
 * @param notes         case-level notes (readings of open points)
 * @param warnings      deadline warnings recorded for the case
 * @param reportingCase the case document
 */
record CaseView(String id, String status, String title, Instant asOf, Instant nextDue, ApplicabilityResult applicability,
                Art14Schedule schedule, CsirtRouting routing, Recipient recipient, List<String> notes, List<Warning> warnings,
                @com.fasterxml.jackson.annotation.JsonProperty("case") ReportingCase reportingCase) {

    static CaseView of(CaseReview r, List<Warning> warnings) {
        ReportingCase c = r.reportingCase();
        return new CaseView(c.id(), c.status().name(), c.title(), r.asOf(), r.schedule().nextDue(), r.applicability(),
                r.schedule(), r.routing(), r.recipient(), r.notes(), warnings, c);
    }

    /** A recorded warning and its deliveries. */
    record Warning(String deadline, Duration lead, String outcome, Instant due, Instant createdAt, List<Delivery> deliveries) {}

    record Delivery(String channel, String target, String status, int attempts, String lastError, Instant sentAt) {}
}
