package dev.craft.report.cases;

import dev.craft.assess.reporting.ReportKind;
import java.time.Instant;
import java.util.List;

/** Builds a changed copy of a {@link ReportingCase}; the record's constructor validates the result. */
public final class CaseBuilder {
    private String id;
    private ReportKind kind;
    private String title;
    private CaseStatus status;
    private Signal signal;
    private Awareness awareness;
    private List<Awareness.Revision> awarenessHistory;
    private ExploitationAssessment exploitation;
    private IncidentAssessment incident;
    private Operator operator;
    private List<AffectedRelease> releases;
    private List<FindingSnapshot> findings;
    private ReportContent content;
    private List<CorrectiveMeasure> correctiveMeasures;
    private List<Submission> submissions;
    private List<IntermediateReport> intermediateReports;
    private List<ImpactedCustomer> impactedCustomers;
    private List<NoticeRecord> notices;
    private CsirtChoice csirtChoice;
    private Instant openedAt;
    private String openedBy;
    private Closure closure;

    CaseBuilder(ReportingCase c) {
        this.id = c.id();
        this.kind = c.kind();
        this.title = c.title();
        this.status = c.status();
        this.signal = c.signal();
        this.awareness = c.awareness();
        this.awarenessHistory = c.awarenessHistory();
        this.exploitation = c.exploitation();
        this.incident = c.incident();
        this.operator = c.operator();
        this.releases = c.releases();
        this.findings = c.findings();
        this.content = c.content();
        this.correctiveMeasures = c.correctiveMeasures();
        this.submissions = c.submissions();
        this.intermediateReports = c.intermediateReports();
        this.impactedCustomers = c.impactedCustomers();
        this.notices = c.notices();
        this.csirtChoice = c.csirtChoice();
        this.openedAt = c.openedAt();
        this.openedBy = c.openedBy();
        this.closure = c.closure();
    }

    /** A new case, with the fields every case needs. */
    public CaseBuilder() {}

    public CaseBuilder id(String id) {
        this.id = id;
        return this;
    }

    public CaseBuilder kind(ReportKind kind) {
        this.kind = kind;
        return this;
    }

    public CaseBuilder title(String title) {
        this.title = title;
        return this;
    }

    public CaseBuilder status(CaseStatus status) {
        this.status = status;
        return this;
    }

    public CaseBuilder signal(Signal signal) {
        this.signal = signal;
        return this;
    }

    public CaseBuilder awareness(Awareness awareness) {
        this.awareness = awareness;
        return this;
    }

    public CaseBuilder awarenessHistory(List<Awareness.Revision> awarenessHistory) {
        this.awarenessHistory = awarenessHistory;
        return this;
    }

    public CaseBuilder exploitation(ExploitationAssessment exploitation) {
        this.exploitation = exploitation;
        return this;
    }

    public CaseBuilder incident(IncidentAssessment incident) {
        this.incident = incident;
        return this;
    }

    public CaseBuilder operator(Operator operator) {
        this.operator = operator;
        return this;
    }

    public CaseBuilder releases(List<AffectedRelease> releases) {
        this.releases = releases;
        return this;
    }

    public CaseBuilder findings(List<FindingSnapshot> findings) {
        this.findings = findings;
        return this;
    }

    public CaseBuilder content(ReportContent content) {
        this.content = content;
        return this;
    }

    public CaseBuilder correctiveMeasures(List<CorrectiveMeasure> correctiveMeasures) {
        this.correctiveMeasures = correctiveMeasures;
        return this;
    }

    public CaseBuilder submissions(List<Submission> submissions) {
        this.submissions = submissions;
        return this;
    }

    public CaseBuilder intermediateReports(List<IntermediateReport> intermediateReports) {
        this.intermediateReports = intermediateReports;
        return this;
    }

    public CaseBuilder impactedCustomers(List<ImpactedCustomer> impactedCustomers) {
        this.impactedCustomers = impactedCustomers;
        return this;
    }

    public CaseBuilder notices(List<NoticeRecord> notices) {
        this.notices = notices;
        return this;
    }

    public CaseBuilder csirtChoice(CsirtChoice csirtChoice) {
        this.csirtChoice = csirtChoice;
        return this;
    }

    public CaseBuilder openedAt(Instant openedAt) {
        this.openedAt = openedAt;
        return this;
    }

    public CaseBuilder openedBy(String openedBy) {
        this.openedBy = openedBy;
        return this;
    }

    public CaseBuilder closure(Closure closure) {
        this.closure = closure;
        return this;
    }

    public ReportingCase build() {
        return new ReportingCase(id, kind, title, status, signal, awareness, awarenessHistory, exploitation, incident, operator, releases, findings, content, correctiveMeasures, submissions, intermediateReports, impactedCustomers, notices, csirtChoice, openedAt, openedBy, closure);
    }
}
