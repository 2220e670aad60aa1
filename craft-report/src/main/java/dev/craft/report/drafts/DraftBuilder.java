package dev.craft.report.drafts;

import static java.util.Objects.requireNonNull;

import dev.craft.assess.reporting.ReportKind;
import dev.craft.assess.reporting.ReportStage;
import dev.craft.assess.reporting.StageClock;
import dev.craft.assess.reporting.StageState;
import dev.craft.kb.reporting.Art14Rules;
import dev.craft.report.CaseReview;
import dev.craft.report.CaseReviewer;
import dev.craft.report.applicability.ApplicabilityResult;
import dev.craft.report.cases.CaseActionException;
import dev.craft.report.cases.FindingSnapshot;
import dev.craft.report.cases.IntermediateReport;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.cases.Submission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Drafts a report for one stage of a case: identification items, then every content item the knowledge base lists
 * for that stage (Art 14(2) or (4)), each pre-filled with its sources or flagged missing. Pure.
 */
public final class DraftBuilder {

    private static final java.util.Set<String> NOT_IN_DRAFT_NOTES = java.util.Set.of("fines-tier", "micro-small-exemption", "voluntary");

    private final CaseReviewer reviewer;

    public DraftBuilder(CaseReviewer reviewer) {
        this.reviewer = requireNonNull(reviewer, "reviewer must not be null");
    }

    /** The draft of an Art 14 stage. */
    public ReportDraft draft(ReportingCase c, ReportStage stage, Instant now) {
        CaseReview review = reviewer.review(c, now);
        Art14Rules.Track track = reviewer.deadlines().rules().track(c.kind().kbKind());
        Art14Rules.StageRule rule = track.stage(stage.kbStage());
        var items = new ArrayList<DraftItem>(identification(c, review, DraftStage.of(stage)));
        for (Art14Rules.ContentItem ci : rule.items()) {
            ContentFillers.Filler filler = ContentFillers.FILLERS.get(ci.id());
            if (filler == null) throw new IllegalStateException("no draft filler for knowledge-base item " + ci.id());
            items.add(item(ci.id(), filler.label(), rule.cite(), ci.text(), ci.qualifier(), filler.fill().apply(c, review)));
        }
        StageClock sc = review.schedule().stage(stage);
        var clock = new ReportDraft.Clock(sc.clockStarts(), sc.period(), sc.clockStart(), sc.due(), sc.state(), sc.remaining(),
                sc.submitted(), sc.notes());
        var notes = notes(review);
        c.submission(stage).ifPresent(s -> notes.add(0, "Already submitted at " + s.submittedAt() + " via " + s.channel()
                + (s.reference() == null ? "" : " (reference " + s.reference() + ")") + ": this draft is for the record."));
        String title = DraftStage.of(stage).title() + ": " + c.title();
        return new ReportDraft(ReportDraft.SCHEMA_ID, c.id(), c.kind().kbKind(), DraftStage.of(stage), title, rule.cite(), now,
                c.awareness().at(), clock, review.recipient().describe(), review.applicability().verdict().name(), items,
                missingRequired(items), notes, reviewer.deadlines().rules().version());
    }

    /** The draft of an intermediate report requested by the coordinator CSIRT (Art 14(6)). */
    public ReportDraft intermediate(ReportingCase c, String requestId, Instant now) {
        IntermediateReport req = c.intermediateReports().stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new CaseActionException(CaseActionException.Kind.INVALID, c.id(), "$.intermediateReports",
                        "no intermediate report request " + requestId,
                        "one of " + c.intermediateReports().stream().map(IntermediateReport::id).toList()));
        CaseReview review = reviewer.review(c, now);
        var items = new ArrayList<DraftItem>(identification(c, review, DraftStage.INTERMEDIATE));
        var request = new Fill();
        request.add("Requested by " + req.requestedBy() + " at " + req.requestedAt()
                + (req.requestReference() == null ? "" : ", reference " + req.requestReference())
                + (req.dueAt() == null ? "" : ", asked for by " + req.dueAt()), "case.intermediateReports[" + req.id() + "]");
        items.add(item("csirt_request", "CSIRT request", "Art 14(6)", "the coordinator CSIRT's request", "identification", request));
        var update = new Fill();
        if (!update.add(req.statusUpdate(), "case.intermediateReports[" + req.id() + "].statusUpdate")) {
            update.gap("Write the status update the CSIRT asked for.");
        }
        items.add(item("status_update", "Status update", "Art 14(6)", "relevant status updates", "required", update));
        var status = new Fill();
        for (StageClock sc : review.schedule().stages()) {
            status.add(DraftStage.of(sc.stage()).title() + ": " + sc.state()
                    + (sc.submitted() != null ? " (submitted " + sc.submitted() + ")" : sc.due() != null ? " (due " + sc.due() + ")" : ""),
                    "computed: Art 14 clocks");
        }
        items.add(item("report_status", "Status of the reports", "Art 14(2), (4)", "where each report stands", "identification", status));
        ReportDraft.Clock clock = null;
        if (req.dueAt() != null) {
            StageState state = req.submission() != null
                    ? (req.submission().submittedAt().isAfter(req.dueAt()) ? StageState.SUBMITTED_LATE : StageState.SUBMITTED)
                    : now.isAfter(req.dueAt()) ? StageState.OVERDUE : StageState.OPEN;
            clock = new ReportDraft.Clock("csirt_request", null, req.requestedAt(), req.dueAt(), state,
                    req.submission() == null ? Duration.between(now, req.dueAt()) : null,
                    req.submission() == null ? null : req.submission().submittedAt(),
                    List.of("The date was set by the CSIRT's request; Art 14(6) sets no period."));
        }
        return new ReportDraft(ReportDraft.SCHEMA_ID, c.id(), c.kind().kbKind(), DraftStage.INTERMEDIATE,
                "Intermediate report " + req.id() + ": " + c.title(), "Art 14(6)", now, c.awareness().at(), clock,
                review.recipient().describe(), review.applicability().verdict().name(), items, missingRequired(items),
                notes(review), reviewer.deadlines().rules().version());
    }

    private static List<DraftItem> identification(ReportingCase c, CaseReview review, DraftStage stage) {
        var out = new ArrayList<DraftItem>();
        var op = c.operator();
        var who = new Fill();
        who.add(op.name() + " (" + op.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (op.onBehalfOf() == null ? "" : ", on behalf of " + op.onBehalfOf()) + ")"
                + (op.securityContact() == null ? "" : ", contact " + op.securityContact()), "case.operator");
        if (op.securityContact() == null) who.gap("Record the security contact (case operator).");
        out.add(item("reporting_party", "Reporting party", "Art 14(1), (3)", "who notifies", "identification", who));
        var recipient = new Fill();
        if (review.recipient().memberState() != null) {
            recipient.add(review.recipient().describe(), review.recipient().basis().equals("choice") ? "case.csirtChoice"
                    : "computed: Art 14(7) routing (" + review.routing().decidedAt() + ")");
        } else {
            recipient.gap("Record the routing facts or choose the coordinator CSIRT: " + review.recipient().reason());
        }
        out.add(item("recipient", "Coordinator CSIRT", "Art 14(7)", "the CSIRT designated as coordinator that receives the report",
                "identification", recipient));
        var aware = new Fill();
        aware.add(c.awareness().at() + ", decided by " + c.awareness().decidedBy() + " on: " + c.awareness().basis(), "case.awareness");
        if (c.awareness().provisional()) aware.gap("Awareness is provisional: confirm or correct it (Guidance pts 211 to 215).");
        out.add(item("awareness", "Awareness", "Art 14(2)(a), 14(4)(a)", "when the manufacturer became aware (starts the clocks)",
                "identification", aware));
        var products = new Fill();
        for (var r : c.releases()) products.add(r.label() + (r.purl() == null ? "" : " (" + r.purl() + ")"), "product data: " + r.label());
        if (products.isEmpty()) products.gap("Record the affected products and releases.");
        out.add(item("affected_products", "Affected products", "Art 14(1), (3)", "the products concerned", "identification", products));
        if (c.kind() == ReportKind.VULNERABILITY) {
            var ids = new LinkedHashSet<String>();
            for (FindingSnapshot f : c.findings()) {
                ids.add(f.advisoryId());
                ids.addAll(f.aliases());
            }
            var vids = new Fill();
            vids.add(String.join(", ", ids), "case.findings");
            if (vids.isEmpty()) vids.gap("Record the vulnerability identifiers (CVE, EUVD) if any were assigned.");
            out.add(item("vulnerability_ids", "Vulnerability identifiers", "Art 14(1)", "identifiers of the vulnerability",
                    "identification", vids));
        }
        var earlier = new Fill();
        for (Submission s : c.submissions()) {
            if (stage.reportStage().map(st -> s.stage().ordinal() < st.ordinal()).orElse(true)) {
                earlier.add(DraftStage.of(s.stage()).title() + " submitted " + s.submittedAt()
                        + (s.reference() == null ? "" : ", reference " + s.reference()), "case.submissions");
            }
        }
        if (!earlier.isEmpty()) {
            out.add(item("earlier_submissions", "Earlier submissions", "Art 14(2), (4)", "references of reports already filed",
                    "identification", earlier));
        }
        return out;
    }

    private static List<String> notes(CaseReview review) {
        var notes = new ArrayList<String>();
        ApplicabilityResult a = review.applicability();
        if (a.verdict() != ApplicabilityResult.Verdict.REPORTABLE) {
            notes.add("The case is " + a.verdict() + ": " + String.join(" ", a.reasons().stream()
                    .filter(r -> r.kind() == ApplicabilityResult.Reason.Kind.EXCLUSION || r.kind() == ApplicabilityResult.Reason.Kind.MISSING_FACT)
                    .map(r -> r.text() + " (" + r.cite() + ")").toList()));
        }
        a.reasons().stream().filter(r -> r.kind() == ApplicabilityResult.Reason.Kind.ACTION)
                .forEach(r -> notes.add(r.text() + " (" + r.cite() + ")"));
        // Notes about the products (legacy, past support, third-party component, steward): the clock notes carry
        // the fines exemption already, and the fines tier is general knowledge.
        a.reasons().stream().filter(r -> (r.kind() == ApplicabilityResult.Reason.Kind.NOTE || r.kind() == ApplicabilityResult.Reason.Kind.OPEN_POINT)
                        && !NOT_IN_DRAFT_NOTES.contains(r.ruleId()))
                .forEach(r -> notes.add(r.text() + " (" + r.cite() + ")"));
        notes.addAll(review.recipient().notes());
        notes.addAll(review.notes());
        notes.addAll(review.schedule().notes());
        return notes;
    }

    private static DraftItem item(String id, String label, String cite, String requirement, String qualifier, Fill f) {
        String hint = f.status() == DraftItem.Status.FILLED ? null : f.hint() == null ? "Nothing recorded." : f.hint();
        return new DraftItem(id, label, cite, requirement, qualifier, f.status(), f.value(), f.sources(), hint);
    }

    private static List<String> missingRequired(List<DraftItem> items) {
        return items.stream().filter(DraftItem::blocksFiling).map(DraftItem::id).toList();
    }
}
