package dev.craft.report.cases;

import static dev.craft.report.cases.CaseActionException.Kind.CONFLICT;
import static dev.craft.report.cases.CaseActionException.Kind.INVALID;

import dev.craft.assess.reporting.ReportKind;
import dev.craft.assess.reporting.ReportStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every change to a case, as a pure function from the case before to a {@link CaseChange}. Checks the law's and
 * the record's invariants (awareness is never silently rewritten, a stage is filed once, nothing is filed before
 * awareness or in the future) and refuses with a {@link CaseActionException} naming the field.
 */
public final class CaseActions {

    /** Submissions and decisions may be recorded up to this far ahead of the server clock (clock skew). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private CaseActions() {}

    /** A proposed case becomes open: a person confirms craft should handle it as an Art 14 case. */
    public static CaseChange confirm(ReportingCase c, String by, Instant now) {
        if (c.status() != CaseStatus.PROPOSED) throw conflict(c, "$.status", "the case is " + c.status(), "a PROPOSED case");
        return change(c, c.toBuilder().status(CaseStatus.OPEN).build(), "case.confirm", "confirmed as an Art 14 case", by);
    }

    /**
     * Replaces the awareness value, keeping the old one in the history. This is the only way awareness changes:
     * it moves the 24 h and 72 h clocks.
     */
    public static CaseChange reviseAwareness(ReportingCase c, Awareness next, String by, String reason, Instant now) {
        requireOpen(c);
        if (reason == null || reason.isBlank()) throw invalid(c, "$.awareness", "a reason is required to change awareness", "a reason");
        if (next.at().isAfter(now.plus(CLOCK_SKEW))) throw invalid(c, "$.awareness.at", "awareness " + next.at() + " is in the future", "a past instant");
        var history = new ArrayList<>(c.awarenessHistory());
        history.add(new Awareness.Revision(c.awareness(), now, by, reason));
        var after = c.toBuilder().awareness(next).awarenessHistory(history).build();
        String detail = next.at().equals(c.awareness().at())
                ? "awareness " + next.at() + " confirmed by " + next.decidedBy() + ": " + reason
                : "awareness moved from " + c.awareness().at() + " to " + next.at() + " by " + by + ": " + reason;
        return change(c, after, "awareness.revise", detail, by);
    }

    /** Records the Art 3(42) decision for a vulnerability case. */
    public static CaseChange decideExploitation(ReportingCase c, ExploitationAssessment decision, String by) {
        requireOpen(c);
        if (c.kind() != ReportKind.VULNERABILITY) throw invalid(c, "$.exploitation", "an incident case has no exploitation decision", "a vulnerability case");
        if (decision.verdict() == ExploitationAssessment.Verdict.ACTIVELY_EXPLOITED && decision.evidence().isEmpty()) {
            throw invalid(c, "$.exploitation.evidence", "an actively exploited verdict needs the evidence it rests on (Art 3(42))",
                    "at least one piece of evidence");
        }
        return change(c, c.toBuilder().exploitation(decision).build(), "exploitation.decide",
                "exploitation decided " + decision.verdict() + (decision.rationale() == null ? "" : ": " + decision.rationale()), by);
    }

    /** Records the Art 14(5) decision for an incident case. */
    public static CaseChange assessIncident(ReportingCase c, IncidentAssessment assessment, String by) {
        requireOpen(c);
        if (c.kind() != ReportKind.INCIDENT) throw invalid(c, "$.incident", "a vulnerability case has no incident assessment", "an incident case");
        return change(c, c.toBuilder().incident(assessment).build(), "incident.assess", "incident severity assessed", by);
    }

    /**
     * A corrective or mitigating measure became available: starts the vulnerability final-report clock. A security
     * update with a fixed release also becomes the fixed version of the product's affected releases that have none
     * (what users update to, in the drafts and the notice).
     */
    public static CaseChange recordCorrectiveMeasure(ReportingCase c, CorrectiveMeasure m, String by, Instant now) {
        requireOpen(c);
        if (m.availableAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw invalid(c, "$.correctiveMeasures", "availability " + m.availableAt() + " is in the future", "the instant it became available");
        }
        var list = new ArrayList<>(c.correctiveMeasures());
        list.add(m);
        var b = c.toBuilder().correctiveMeasures(list);
        String fixes = "";
        if (m.kind() == CorrectiveMeasure.Kind.SECURITY_UPDATE && m.fixedVersion() != null) {
            var products = c.releases().stream().map(AffectedRelease::productId).distinct().toList();
            String product = m.productId();
            if (product == null && products.size() > 1) {
                throw invalid(c, "$.correctiveMeasures.productId", "the case has several products; which one does " + m.fixedVersion() + " fix?",
                        "one of " + products);
            }
            if (product == null) product = products.isEmpty() ? null : products.get(0);
            if (product != null && !products.contains(product)) {
                throw invalid(c, "$.correctiveMeasures.productId", "product " + product + " is not affected in this case", "one of " + products);
            }
            String p = product;
            var releases = new ArrayList<AffectedRelease>();
            for (AffectedRelease r : c.releases()) {
                releases.add(r.productId().equals(p) && r.fixedVersion() == null
                        ? new AffectedRelease(r.productId(), r.productName(), r.version(), r.purl(), r.placedOnMarket(), r.supportEnd(),
                                r.availableIn(), r.affectedComponent(), r.thirdPartyComponent(), m.fixedVersion())
                        : r);
            }
            b.releases(releases);
            fixes = "; fixed version of " + p + " releases without one: " + m.fixedVersion();
        }
        return change(c, b.build(), "measure.record", m.kind() + " available at " + m.availableAt() + ": " + m.description() + fixes, by);
    }

    /** Records that a stage was filed. */
    public static CaseChange recordSubmission(ReportingCase c, Submission s, Instant now) {
        if (c.status() != CaseStatus.OPEN) {
            throw conflict(c, "$.status", "the case is " + c.status() + "; a submission is recorded on an OPEN case",
                    c.status() == CaseStatus.PROPOSED ? "the case confirmed first" : "an OPEN case");
        }
        String at = "$.submissions." + s.stage().kbStage();
        if (c.submission(s.stage()).isPresent()) {
            throw conflict(c, at, "the " + s.stage().label() + " is already recorded as submitted", "a stage not yet submitted");
        }
        Submission toStore = s;
        if (s.providedWith() != null) {
            if (s.providedWith().ordinal() >= s.stage().ordinal()) {
                throw invalid(c, at + ".providedWith", "only an earlier stage can already have provided this information",
                        "a stage before the " + s.stage().label());
            }
            Submission earlier = c.submission(s.providedWith()).orElseThrow(() -> conflict(c, at + ".providedWith",
                    "the " + s.providedWith().label() + " is not recorded as submitted", "a submitted earlier stage"));
            toStore = new Submission(s.stage(), earlier.submittedAt(), earlier.channel(), earlier.reference(), earlier.receipt(),
                    s.submittedBy(), s.recordedAt(), s.providedWith(), s.note());
        }
        if (toStore.submittedAt().isBefore(c.awareness().at())) {
            throw invalid(c, at + ".submittedAt", "submitted at " + toStore.submittedAt() + ", before awareness at " + c.awareness().at(),
                    "an instant after awareness");
        }
        if (toStore.submittedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw invalid(c, at + ".submittedAt", "submitted at " + toStore.submittedAt() + " is in the future", "a past instant");
        }
        var list = new ArrayList<>(c.submissions());
        list.add(toStore);
        String detail = s.stage().label() + " submitted at " + toStore.submittedAt() + " via " + toStore.channel()
                + (toStore.reference() == null ? "" : ", reference " + toStore.reference())
                + (toStore.receipt() == null ? "" : ", receipt sha256 " + toStore.receipt().sha256())
                + (s.providedWith() == null ? "" : " (information provided with the " + s.providedWith().label() + ")");
        return change(c, c.toBuilder().submissions(list).build(), "stage.submit", detail, s.submittedBy());
    }

    /**
     * Another exploited finding of the same vulnerability (a further release, product or component) joins the case;
     * its signal becomes evidence. Awareness does not move: it is the earliest, and only a person revises it.
     */
    public static CaseChange addExploitedFinding(ReportingCase c, FindingSnapshot finding, AffectedRelease release, Signal signal) {
        requireOpen(c);
        var findings = new ArrayList<>(c.findings());
        if (findings.stream().noneMatch(f -> f.id().equals(finding.id()))) findings.add(finding);
        var releases = new ArrayList<>(c.releases());
        if (releases.stream().noneMatch(r -> r.productId().equals(release.productId()) && r.version().equals(release.version()))) {
            releases.add(release);
        }
        var b = c.toBuilder().findings(findings).releases(releases);
        // A title craft wrote names the vulnerabilities and releases: keep it true; a person's title stays.
        if (CaseOpening.CRAFT.equals(c.openedBy()) && c.title().equals(CaseOpening.title(c.findings(), c.releases()))) {
            b.title(CaseOpening.title(findings, releases));
        }
        if (c.exploitation() != null) {
            var evidence = new ArrayList<>(c.exploitation().evidence());
            Evidence e = CaseOpening.evidence(signal);
            if (!evidence.contains(e)) evidence.add(e);
            var x = c.exploitation();
            b.exploitation(new ExploitationAssessment(x.verdict(), evidence, x.decidedBy(), x.decidedAt(), x.rationale()));
        }
        return change(c, b.build(), "case.extend", "finding " + finding.id() + " (" + finding.advisoryId() + ") on "
                + release.label() + " added: " + signal.summary(), CaseOpening.CRAFT);
    }

    /** The coordinator CSIRT asked for an intermediate report (Art 14(6)). */
    public static CaseChange requestIntermediate(ReportingCase c, Instant requestedAt, String requestedBy, String reference,
                                                 Instant dueAt, String recordedBy) {
        requireOpen(c);
        String id = String.valueOf(c.intermediateReports().size() + 1);
        var list = new ArrayList<>(c.intermediateReports());
        list.add(new IntermediateReport(id, requestedAt, requestedBy, reference, dueAt, null, null));
        return change(c, c.toBuilder().intermediateReports(list).build(), "intermediate.request",
                "intermediate report " + id + " requested by " + requestedBy + " at " + requestedAt
                        + (dueAt == null ? "" : ", asked for by " + dueAt), recordedBy);
    }

    /** Writes the status update of an intermediate report. */
    public static CaseChange writeIntermediate(ReportingCase c, String id, String statusUpdate, String by) {
        requireOpen(c);
        IntermediateReport r = intermediate(c, id);
        if (r.submission() != null) throw conflict(c, "$.intermediateReports[" + id + "]", "already submitted", "an unsubmitted report");
        return replaceIntermediate(c, new IntermediateReport(id, r.requestedAt(), r.requestedBy(), r.requestReference(), r.dueAt(),
                statusUpdate, null), "intermediate.write", "intermediate report " + id + " status update written", by);
    }

    /** Records that an intermediate report was filed. */
    public static CaseChange fileIntermediate(ReportingCase c, String id, IntermediateReport.Filing filing, Instant now) {
        requireOpen(c);
        IntermediateReport r = intermediate(c, id);
        if (r.submission() != null) throw conflict(c, "$.intermediateReports[" + id + "]", "already submitted", "an unsubmitted report");
        if (filing.submittedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw invalid(c, "$.intermediateReports[" + id + "].submittedAt", "in the future", "a past instant");
        }
        return replaceIntermediate(c, new IntermediateReport(id, r.requestedAt(), r.requestedBy(), r.requestReference(), r.dueAt(),
                r.statusUpdate(), filing), "intermediate.submit", "intermediate report " + id + " submitted at " + filing.submittedAt(),
                filing.submittedBy());
    }

    /** Replaces what people wrote for the reports. */
    public static CaseChange updateContent(ReportingCase c, ReportContent content, String by) {
        requireOpen(c);
        return change(c, c.toBuilder().content(content).build(), "content.update", "report content updated", by);
    }

    /** Records a person's choice of coordinator CSIRT (null clears it). */
    public static CaseChange chooseCsirt(ReportingCase c, CsirtChoice choice, String by) {
        requireOpen(c);
        return change(c, c.toBuilder().csirtChoice(choice).build(), "csirt.choose",
                choice == null ? "CSIRT choice cleared" : "coordinator CSIRT of " + choice.memberState().label() + " chosen: " + choice.reason(), by);
    }

    /** Replaces the operator facts (role, size, routing facts). */
    public static CaseChange updateOperator(ReportingCase c, Operator operator, String by) {
        requireOpen(c);
        return change(c, c.toBuilder().operator(operator).build(), "operator.update", "operator and routing facts updated", by);
    }

    /** Replaces the list of impacted customers. */
    public static CaseChange setImpactedCustomers(ReportingCase c, List<ImpactedCustomer> customers, String by) {
        requireOpen(c);
        return change(c, c.toBuilder().impactedCustomers(customers).build(), "customers.update",
                customers.size() + " impacted customers recorded", by);
    }

    /** Records that a user notice was issued (Art 14(8)); its revision number is assigned here. */
    public static CaseChange recordNotice(ReportingCase c, NoticeRecord.Audience audience, String channel, String reference,
                                          String summary, String by, Instant issuedAt, Instant now) {
        requireOpen(c);
        if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) throw invalid(c, "$.notices.issuedAt", "in the future", "a past instant");
        var list = new ArrayList<>(c.notices());
        var notice = new NoticeRecord(list.size() + 1, issuedAt, audience, channel, reference, by, summary);
        list.add(notice);
        return change(c, c.toBuilder().notices(list).build(), "notice.issue",
                "user notice revision " + notice.revision() + " issued to " + audience + " via " + channel, by);
    }

    /** Ends a case that is not reportable, with the reason. */
    public static CaseChange dismiss(ReportingCase c, String by, String reason, Instant now) {
        requireOpen(c);
        if (reason == null || reason.isBlank()) throw invalid(c, "$.closure.reason", "a reason is required", "a reason");
        return change(c, c.toBuilder().status(CaseStatus.DISMISSED).closure(new Closure(now, by, reason)).build(),
                "case.dismiss", "dismissed: " + reason, by);
    }

    /** Closes a handled case; it stays as the record. */
    public static CaseChange close(ReportingCase c, String by, String reason, Instant now) {
        if (c.status() != CaseStatus.OPEN) throw conflict(c, "$.status", "the case is " + c.status(), "an OPEN case");
        return change(c, c.toBuilder().status(CaseStatus.CLOSED).closure(new Closure(now, by, reason == null ? "closed" : reason)).build(),
                "case.close", "closed" + (reason == null ? "" : ": " + reason), by);
    }

    private static CaseChange replaceIntermediate(ReportingCase c, IntermediateReport r, String action, String detail, String by) {
        var list = new ArrayList<>(c.intermediateReports());
        list.replaceAll(x -> x.id().equals(r.id()) ? r : x);
        return change(c, c.toBuilder().intermediateReports(list).build(), action, detail, by);
    }

    private static IntermediateReport intermediate(ReportingCase c, String id) {
        return c.intermediateReports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() ->
                invalid(c, "$.intermediateReports", "no intermediate report " + id,
                        "one of " + c.intermediateReports().stream().map(IntermediateReport::id).toList()));
    }

    private static void requireOpen(ReportingCase c) {
        if (c.status() == CaseStatus.DISMISSED || c.status() == CaseStatus.CLOSED) {
            throw conflict(c, "$.status", "the case is " + c.status() + " and can no longer change", "a PROPOSED or OPEN case");
        }
    }

    private static CaseChange change(ReportingCase before, ReportingCase after, String action, String detail, String by) {
        return new CaseChange(before, after, action, detail, by);
    }

    static CaseActionException invalid(ReportingCase c, String at, String message, String expected) {
        return new CaseActionException(INVALID, c.id(), at, message, expected);
    }

    static CaseActionException conflict(ReportingCase c, String at, String message, String expected) {
        return new CaseActionException(CONFLICT, c.id(), at, message, expected);
    }
}
