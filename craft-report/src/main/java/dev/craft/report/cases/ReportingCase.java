package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import dev.craft.assess.reporting.ReportKind;
import dev.craft.assess.reporting.ReportStage;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Art 14 reporting case: an actively exploited vulnerability (Art 14(1)) or a severe incident (Art 14(3)),
 * from the signal that opened it to the reports filed and the users informed. Immutable; changes go through
 * {@link CaseActions}, which returns the changed case and a description for the audit trail.
 *
 * <p>The clocks are not stored: they are recomputed from the facts here by the same rules as
 * {@code craft deadlines} ({@link CaseFacts}).
 *
 * @param id                  case id, e.g. {@code RC-2026-0007}
 * @param kind                vulnerability or incident
 * @param title               one line
 * @param status              where the case stands
 * @param signal              what opened it
 * @param awareness           when the manufacturer became aware, who decided, on what basis
 * @param awarenessHistory    earlier awareness values, oldest first
 * @param exploitation        for a vulnerability: the Art 3(42) decision; null for an incident
 * @param incident            for an incident: the Art 14(5) decision; null for a vulnerability
 * @param operator            whose case it is, with the routing facts
 * @param releases            affected releases
 * @param findings            findings the case rests on, as they stood
 * @param content             what people wrote for the reports
 * @param correctiveMeasures  measures made available, in any order
 * @param submissions         stage filings, at most one per stage
 * @param intermediateReports Art 14(6) requests and their filings
 * @param impactedCustomers   customers known to use affected releases
 * @param notices             user notices issued (Art 14(8))
 * @param csirtChoice         a person's choice of coordinator CSIRT; null to use the Art 14(7) routing alone
 * @param openedAt            when the case was opened
 * @param openedBy            who (or {@code craft} when opened from an alert)
 * @param closure             why it was dismissed or closed; null while proposed or open
 */
public record ReportingCase(
        String id, ReportKind kind, String title, CaseStatus status, Signal signal, Awareness awareness,
        List<Awareness.Revision> awarenessHistory, ExploitationAssessment exploitation, IncidentAssessment incident,
        Operator operator, List<AffectedRelease> releases, List<FindingSnapshot> findings, ReportContent content,
        List<CorrectiveMeasure> correctiveMeasures, List<Submission> submissions,
        List<IntermediateReport> intermediateReports, List<ImpactedCustomer> impactedCustomers,
        List<NoticeRecord> notices, CsirtChoice csirtChoice, Instant openedAt, String openedBy, Closure closure) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ReportingCase {
        requireNonNull(id, "id must not be null");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("case id must match " + ID.pattern() + ": " + id);
        requireNonNull(kind, "kind must not be null");
        requireNonNull(title, "title must not be null");
        requireNonNull(status, "status must not be null");
        requireNonNull(signal, "signal must not be null");
        requireNonNull(awareness, "awareness must not be null");
        requireNonNull(operator, "operator must not be null");
        requireNonNull(openedAt, "openedAt must not be null");
        requireNonNull(openedBy, "openedBy must not be null");
        if (kind == ReportKind.VULNERABILITY && incident != null) {
            throw new IllegalArgumentException("a vulnerability case has no incident assessment");
        }
        if (kind == ReportKind.INCIDENT && exploitation != null) {
            throw new IllegalArgumentException("an incident case has no exploitation assessment");
        }
        if (kind == ReportKind.VULNERABILITY && exploitation == null) exploitation = ExploitationAssessment.pending(List.of());
        awarenessHistory = copy(awarenessHistory);
        releases = copy(releases);
        findings = copy(findings);
        if (content == null) content = ReportContent.EMPTY;
        correctiveMeasures = copy(correctiveMeasures);
        submissions = copy(submissions);
        intermediateReports = copy(intermediateReports);
        impactedCustomers = copy(impactedCustomers);
        notices = copy(notices);
        var stages = EnumSet.noneOf(ReportStage.class);
        for (Submission s : submissions) {
            if (!stages.add(s.stage())) throw new IllegalArgumentException("two submissions for stage " + s.stage());
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The filing of a stage, if recorded. */
    public Optional<Submission> submission(ReportStage stage) {
        return submissions.stream().filter(s -> s.stage() == stage).findFirst();
    }

    /** The first corrective or mitigating measure made available, if any. */
    public Optional<CorrectiveMeasure> firstCorrectiveMeasure() {
        return correctiveMeasures.stream().min(java.util.Comparator.comparing(CorrectiveMeasure::availableAt));
    }

    /** Member States where any affected release was made available. */
    public Set<MemberState> memberStates() {
        var all = EnumSet.noneOf(MemberState.class);
        for (AffectedRelease r : releases) all.addAll(r.availableIn());
        return all;
    }

    /** A copy to change a few fields. */
    public CaseBuilder toBuilder() {
        return new CaseBuilder(this);
    }
}
